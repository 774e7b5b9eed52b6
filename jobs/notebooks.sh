#!/usr/bin/env bash
# Executes every analyst notebook headless against a job output folder and checks that each saved figures.
#
# usage: jobs/notebooks.sh [OUTPUT_DIR]     (default: output/)
# env:   NOTEBOOK_VENV  virtualenv to create or reuse (default: .venv-notebooks)
#        PYTHON         interpreter that creates it (default: python3, must be >= 3.11)
# Executed copies go to target/notebooks/, figures to OUTPUT_DIR/figures/.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

output="${1:-output}"
if [[ ! -d $output ]]; then
    echo "notebooks.sh: output folder '$output' not found: run jobs/run-local.sh first or pass OUTPUT_DIR" >&2
    exit 2
fi
TENSION_OUTPUT="$(cd "$output" && pwd)"
export TENSION_OUTPUT

venv="${NOTEBOOK_VENV:-.venv-notebooks}"
python="${PYTHON:-python3}"
requirements=notebooks/requirements.txt

if [[ ! -x $venv/bin/python ]]; then
    if ! "$python" -c 'import sys; sys.exit(sys.version_info < (3, 11))'; then
        echo "notebooks.sh: $python is older than Python 3.11: set PYTHON to a newer interpreter" >&2
        exit 2
    fi
    "$python" -m venv "$venv"
fi
# A stamp of the requirements file lets a warm run skip pip (and work offline).
stamp="$venv/.requirements.sha256"
wanted="$(sha256sum "$requirements" | cut -d' ' -f1)"
if [[ ! -f $stamp || "$(cat "$stamp")" != "$wanted" ]]; then
    "$venv/bin/python" -m pip install --quiet --disable-pip-version-check -r "$requirements"
    echo "$wanted" >"$stamp"
fi

# Keep __pycache__ out of notebooks/ and the kernel's debugger quiet.
export PYTHONDONTWRITEBYTECODE=1 PYDEVD_DISABLE_FILE_VALIDATION=1 JUPYTER_PLATFORM_DIRS=1
figures="$TENSION_OUTPUT/figures"
mkdir -p target/notebooks "$figures"

failed=()
for notebook in notebooks/*.ipynb; do
    name="$(basename "$notebook" .ipynb)"
    prefix="${name%%-*}"
    # Stale figures of an earlier run must not count for this one.
    rm -f "$figures/$prefix"-*.png
    echo "== $name (output: $TENSION_OUTPUT)"
    started=$SECONDS
    if ! "$venv/bin/jupyter" nbconvert --to notebook --execute --ExecutePreprocessor.timeout=600 \
            "$notebook" --output-dir target/notebooks --log-level WARN; then
        failed+=("$name (failed)")
        continue
    fi
    shopt -s nullglob
    pngs=("$figures/$prefix"-*.png)
    shopt -u nullglob
    echo "   $((SECONDS - started)) s, ${#pngs[@]} figure(s)"
    if ((${#pngs[@]} == 0)); then
        failed+=("$name (no figure in $figures)")
    fi
done

echo "== figures in $figures"
ls -1 "$figures"/*.png 2>/dev/null || true
if ((${#failed[@]})); then
    printf 'notebooks.sh: FAILED: %s\n' "${failed[@]}" >&2
    echo "notebooks.sh: see the executed copies in target/notebooks/ and the error above" >&2
    exit 1
fi
echo "notebooks.sh: all notebooks ran"
