"""The URL fetcher that lets a handout load its own files and nothing else."""

from __future__ import annotations

import functools
import logging
import sys
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import unquote, urlsplit

if TYPE_CHECKING:
    import ssl

logger = logging.getLogger(__name__)

# Told of every resource the PDF asks for: (url, served).
FetchHook = Callable[[str, bool], None]


def local_path(url: str) -> Path | None:
    """The resolved local path of a file: URL, or None for any other kind of URL."""
    parts = urlsplit(url)
    if parts.scheme.lower() != "file" or parts.netloc not in ("", "localhost"):
        return None
    # Lazy: urllib.request (with http.client and ssl) loads with the renderer, not with the
    # window, which imports this package for its Handout but never fetches.
    from urllib.request import url2pathname

    try:
        return Path(url2pathname(unquote(parts.path))).resolve(strict=True)
    except (OSError, RuntimeError, ValueError):
        return None


@functools.cache
def _no_tls() -> ssl.SSLContext:
    """The TLS context WeasyPrint's fetcher is given: made once, with no certificates, since
    the handout loads only local files. (Left to itself, every fetcher loads the system's
    certificate store: about 30 ms per handout.)"""
    return _bare_context()


def load_weasyprint() -> None:
    """Import WeasyPrint without loading the system's certificate store.

    Its import makes a default URL fetcher for each of its own stylesheets, and each one
    loads the certificates: about 20 ms, three times, in every new render process, batch
    worker and command. Those fetchers only read WeasyPrint's own files, and every handout
    goes through `guarded_fetcher`, so for the length of the import the default HTTPS
    context is one with no certificates (it trusts no server). Python documents
    `ssl._create_default_https_context` as the hook for that default."""
    if "weasyprint" in sys.modules:
        return
    # Lazy: ssl loads with the renderer, not with the window (see local_path).
    import ssl

    default = ssl._create_default_https_context
    ssl._create_default_https_context = _bare_context
    try:
        # Lazy: WeasyPrint is loaded by the first renderer, not at start-up.
        import weasyprint  # noqa: F401
    finally:
        ssl._create_default_https_context = default


def _bare_context(*_args: object, **_kwargs: object) -> ssl.SSLContext:
    # Lazy: ssl loads with the renderer, not with the window (see local_path).
    import ssl

    return ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)


def guarded_fetcher(
    templates_dir: Path,
    font_files: Iterable[Path],
    logo_file: tuple[Path, str] | None,
    hook: FetchHook | None,
) -> Any:
    """A WeasyPrint URL fetcher serving files under templates/, the fonts and the logo."""
    # WeasyPrint is loaded by the first renderer, not at start-up.
    from weasyprint.urls import URLFetcher, URLFetcherResponse

    allowed_files = set(font_files)
    logo, logo_mime = logo_file if logo_file is not None else (None, "")

    class GuardedFetcher(URLFetcher):
        """Serves files under templates/, the bundled fonts and the logo; refuses the rest."""

        def fetch(self, url: str, headers: Any = None) -> Any:
            path = local_path(url)
            served = path is not None and (
                path in allowed_files
                or path == logo
                or (path.is_relative_to(templates_dir) and path.is_file())
            )
            if hook is not None:
                hook(url, served)
            if not served or path is None:
                logger.warning("refused to load a resource that is not part of the handout")
                raise ValueError("refused: only the handout's own files may be loaded")
            # Lazy: loaded with the first file a handout fetches, not with the window.
            import mimetypes

            mime = logo_mime if path == logo else mimetypes.guess_type(path.name)[0]
            return URLFetcherResponse(
                url,
                path.read_bytes(),
                headers={"Content-Type": mime or "application/octet-stream"},
            )

    return GuardedFetcher(allowed_protocols=("file",), fail_on_errors=False, ssl_context=_no_tls())
