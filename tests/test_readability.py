"""The French and Spanish reading-ease measures count syllables as spoken and can fail."""

from __future__ import annotations

import pytest

from tests.readability import fernandez_huerta, kandel_moles, syllables_es, syllables_fr


@pytest.mark.parametrize(
    ("word", "expected"),
    [("hielo", 2), ("toalla", 3), ("día", 2), ("ahora", 3), ("agua", 2), ("que", 1),
     ("muy", 1), ("país", 2), ("ciudad", 2), ("hinchazón", 3), ("15", 2)],
)  # fmt: skip
def test_spanish_syllables(word: str, expected: int) -> None:
    assert syllables_es(word) == expected


@pytest.mark.parametrize(
    ("word", "expected"),
    [("glace", 1), ("idée", 2), ("température", 4), ("minutes", 2), ("eau", 1), ("oui", 1),
     ("naïf", 2), ("épaule", 2), ("médecin", 3), ("utilisez", 4), ("15", 1)],
)  # fmt: skip
def test_french_syllables(word: str, expected: int) -> None:
    assert syllables_fr(word) == expected


def test_plain_spanish_scores_high_and_dense_spanish_fails() -> None:
    plain = "Ponga hielo en la rodilla. Use una toalla fina. No lo deje más de 15 minutos."
    dense = (
        "La termoterapia superficial demuestra una eficacia moderada en la reducción "
        "sintomatológica de la lumbalgia aguda y subaguda según la evidencia disponible."
    )
    assert fernandez_huerta(plain) >= 70
    assert fernandez_huerta(dense) < 70


def test_plain_french_scores_high_and_dense_french_fails() -> None:
    plain = "Mettez de la glace sur le genou. Prenez une serviette fine. Pas plus de 15 minutes."
    dense = (
        "La thérapeutique thermique superficielle présente une efficacité modérée concernant "
        "la symptomatologie douloureuse lombaire aiguë et subaiguë selon les données."
    )
    assert kandel_moles(plain) >= 70
    assert kandel_moles(dense) < 70
