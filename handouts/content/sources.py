"""The sources the handout cites, by the keys of docs/clinical-policy.md section 7, and which
of them stand behind a given handout's plan, reasons and safety advice."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from handouts.i18n import N_
from handouts.model import Modality, Reason, Region, Sign


@dataclass(frozen=True)
class Reference:
    key: str
    text: str  # the full reference, listed when a paragraph cites it by number (in English)
    short: str  # how the "Where this advice comes from" line names it (an N_ msgid)


REFERENCES: dict[str, Reference] = {
    ref.key: ref
    for ref in (
        Reference(
            "deyo2001",
            "Deyo RA, Weinstein JN. Low back pain. N Engl J Med. 2001;344(5):363-70. "
            "PMID 11172169.",
            N_("Deyo and Weinstein, 2001"),
        ),
        Reference(
            "garra2010",
            "Garra G, Singer AJ, Leno R, et al. Heat or cold packs for neck and back strain: "
            "a randomized controlled trial of efficacy. Acad Emerg Med. 2010;17(5):484-9. "
            "PMID 20536800.",
            N_("Garra and others, 2010"),
        ),
        Reference(
            "french2006",
            "French SD, Cameron M, Walker BF, Reggars JW, Esterman AJ. Superficial heat or "
            "cold for low back pain. Cochrane Database Syst Rev. 2006;(1):CD004750.",
            N_("French and others (Cochrane), 2006"),
        ),
        Reference(
            "qaseem2017",
            "Qaseem A, Wilt TJ, McLean RM, Forciea MA. Noninvasive treatments for acute, "
            "subacute, and chronic low back pain: a clinical practice guideline from the "
            "American College of Physicians. Ann Intern Med. 2017;166(7):514-30. "
            "doi:10.7326/M16-2367.",
            N_("American College of Physicians (Qaseem and others), 2017"),
        ),
        Reference(
            "mense2000",
            "Mense S, Simons DG, Russell IJ. Muscle pain: understanding its nature, diagnosis "
            "and treatment. Lippincott Williams & Wilkins; 2000.",
            N_("Mense, Simons and Russell, 2000"),
        ),
        Reference(
            "nadler2004",
            "Nadler SF, Weingand K, Kruse RJ. The physiologic basis and clinical applications "
            "of cryotherapy and thermotherapy for the pain practitioner. Pain Physician. "
            "2004;7(3):395-9. PMID 16858479.",
            N_("Nadler and others, 2004"),
        ),
        Reference(
            "bleakley2004",
            "Bleakley C, McDonough S, MacAuley D. The use of ice in the treatment of acute "
            "soft-tissue injury: a systematic review of randomized controlled trials. Am J "
            "Sports Med. 2004;32(1):251-61. PMID 14754753.",
            N_("Bleakley and others, 2004"),
        ),
        Reference(
            "houghton2010",
            "Houghton PE, Nussbaum EL, Hoens AM. Electrophysical agents: contraindications and "
            "precautions. Physiother Can. 2010;62(5):1-80. PMID 21886384.",
            N_("Houghton and others, 2010"),
        ),
        Reference(
            "finucane2020",
            "Finucane LM, Downie A, Mercer C, et al. International framework for red flags for "
            "potential serious spinal pathologies. J Orthop Sports Phys Ther. "
            "2020;50(7):350-72. PMID 32438853.",
            N_("Finucane and others, 2020"),
        ),
        Reference(
            "nhs-heat-cold",
            "NHS trust patient leaflets on using heat and cold safely.",
            N_("NHS leaflets on using heat and cold safely"),
        ),
        Reference(
            "nhs-back",
            "NHS website: Back pain. https://www.nhs.uk/conditions/back-pain/",
            N_("NHS advice on back pain"),
        ),
        Reference(
            "nhs-neck",
            "NHS website: Neck pain. https://www.nhs.uk/conditions/neck-pain/",
            N_("NHS advice on neck pain"),
        ),
    )
}


# The references a reason's paragraph cites when it tells that study's finding.
STUDY_REFERENCES: dict[str, tuple[str, ...]] = {
    "deyo2001": ("deyo2001",),
    "qaseem2017": ("qaseem2017", "french2006"),
    "garra2010": ("garra2010",),
    "mense2000": ("mense2000",),
}

# Cold on tight muscles: the paragraphs that tell Mense's point when the plan uses ice.
_COLD_TIGHTENS = (Reason.SPASM, Reason.KNOTS)


def evidence(
    reasons: Iterable[Reason], region: Region, modality: Modality = Modality.HEAT
) -> dict[Reason, str]:
    """Which reason's paragraph tells which study (a key of STUDY_REFERENCES).

    Each study is told once, in the first paragraph it fits: Garra's neck-and-back finding
    goes with 'you choose' or, failing that, with the patient's preference for ice; Mense's
    (cold tightens muscles) with spasm or knots when the plan uses ice.
    """
    told: dict[Reason, str] = {}
    for reason in reasons:
        if reason is Reason.BACK_PAIN_RARELY_INJURY:
            told[reason] = "deyo2001"
        elif reason is Reason.NO_RECENT_INJURY and region is Region.LOW_BACK:
            told[reason] = "qaseem2017"
        elif (
            reason in (Reason.PATIENT_CHOOSES, Reason.PREFERS_ICE)
            and region.is_spinal
            and "garra2010" not in told.values()
        ):
            told[reason] = "garra2010"
        elif reason in _COLD_TIGHTENS and modality.uses_ice and "mense2000" not in told.values():
            told[reason] = "mense2000"
    return told


def cited_references(
    reasons: Iterable[Reason], region: Region, modality: Modality = Modality.HEAT
) -> list[str]:
    """The reference keys the handout's text cites by number, in order of first use."""
    told = evidence(reasons, region, modality).values()
    return list(dict.fromkeys(key for study in told for key in STUDY_REFERENCES[study]))


def advice_sources(
    modality: Modality, region: Region, signs: Iterable[Sign], cited: Iterable[str]
) -> list[str]:
    """The keys behind this handout's plan and safety advice, for "Where this advice comes
    from": the numbered citations first, then the plan's, the safety steps' and the warning
    signs' sources. Every handout names at least one."""
    keys = list(cited)
    if modality.uses_ice and (Sign.SWELLING in set(signs) or modality is Modality.ICE_THEN_HEAT):
        keys.append("bleakley2004")
    if region.is_spinal and modality.uses_heat:
        keys.append("garra2010" if region is not Region.LOW_BACK else "qaseem2017")
    keys += ["nadler2004", "houghton2010"] if modality is Modality.NEITHER else ["nadler2004"]
    if modality is not Modality.NEITHER:
        keys.append("nhs-heat-cold")
    if region.is_spinal:
        keys += ["finucane2020", "nhs-neck" if region is Region.NECK else "nhs-back"]
    return list(dict.fromkeys(keys))
