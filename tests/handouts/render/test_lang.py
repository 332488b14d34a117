"""The PDF says which language it is in (/Lang in its catalogue, from <html lang>)."""

from __future__ import annotations

import io

import pytest
from pypdf import PdfReader

from handouts.model import Language, Modality
from handouts.render import Renderer, build_context
from tests.handouts.render.helpers import TYPICAL, handout


@pytest.mark.parametrize("language", [Language.EN, Language.FR, Language.ES])
def test_the_pdf_catalogue_names_the_handouts_language(language: Language) -> None:
    made = handout(TYPICAL[Modality.HEAT], language=language)
    assert build_context(made)["lang"] == language.value
    assert f'<html lang="{language.value}">' in Renderer().html(made)
    reader = PdfReader(io.BytesIO(Renderer().pdf(made)))
    assert reader.trailer["/Root"]["/Lang"] == language.value
