#!/usr/bin/env bash
# A virtual machine's whole life from the shell with wbemcli (sblim-wbemcli) and nothing else:
# define it from MOF-embedded instances, start it, pause it, read it, power it off, destroy it.
# See docs/conformance.md ("wbemcli from the shell") for what wbemcli can and cannot express.
#
#   VEM_URL='http://admin:PASSWORD@127.0.0.1:5988' ./wbemcli-vm-lifecycle.sh [VM_NAME]
#   VEM_URL='https://admin:PASSWORD@node1:5989' WBEMCLI_OPTS='-noverify' ./wbemcli-vm-lifecycle.sh
#
# The conformance suite runs this very file against a real node-agent (WbemcliScenarioIT).
set -euo pipefail

URL="${VEM_URL:?set VEM_URL to http(s)://user:password@host:port}"
NAME="${1:-shell-vm}"
NS="root/virt"
read -r -a OPTS <<< "${WBEMCLI_OPTS:-}"

cli() { wbemcli "$@" ${OPTS[@]+"${OPTS[@]}"}; }

# 1. The host's VirtualSystemManagementService (DSP1042): there is exactly one.
VSMS=$(cli ein "$URL/$NS:VEM_VirtualSystemManagementService" | head -1)
VSMS="${VSMS#*/$NS:}"
echo "service: $VSMS"

# 2. DefineSystem. Embedded instances are MOF 'instance of' strings; wbemcli sends the text
#    between the outer double quotes as it is, so inner double quotes need no escaping. wbemcli
#    splits its argument at '=' and ',': a value may hold no ',' and an array parameter can carry
#    only one embedded instance (here: the memory; the processor gets the default of one vCPU).
OUT=$(cli cm "$URL/$NS:$VSMS" "DefineSystem.SystemSettings=\"instance of VEM_VirtualSystemSettingData { ElementName = \"$NAME\"; };\",ResourceSettings=\"instance of VEM_MemoryRASD { ResourceType = 4; VirtualQuantity = 256; AllocationUnits = \"byte*2^20\"; };\"")
echo "$OUT"
case "$OUT" in *"DefineSystem: 0,"*) ;; *) echo "DefineSystem failed" >&2; exit 1;; esac
UUID=$(sed -n 's/.*VEM_ComputerSystem\.CreationClassName="VEM_ComputerSystem",Name="\([0-9a-f-]*\)".*/\1/p' <<< "$OUT")
VM="$NS:VEM_ComputerSystem.CreationClassName=\"VEM_ComputerSystem\",Name=\"$UUID\""
echo "defined $NAME as $UUID"

# EnabledState of the VM (2 Enabled, 3 Disabled, 9 Quiesce = paused).
state() { cli gi "$URL/$VM" | sed -n 's/.*[ ,]EnabledState=\([0-9]*\).*/\1/p'; }

# RequestStateChange (DSP1057), then wait for the state: 0 = done, 4096 = a job runs it.
request() {
    local want="$1" rc i
    rc=$(cli cm "$URL/$VM" "RequestStateChange.RequestedState=$want" | sed -n 's/.*RequestStateChange: \([0-9]*\).*/\1/p')
    case "$rc" in 0|4096) ;; *) echo "RequestStateChange($want) answered ${rc:-nothing}" >&2; exit 1;; esac
    for i in $(seq 1 60); do
        [ "$(state)" = "$want" ] && { echo "EnabledState=$want"; return 0; }
        sleep 0.5
    done
    echo "the VM did not reach EnabledState $want" >&2; exit 1
}

# 3. Start it, pause it.
request 2
request 9

# 4. Read it: the system, its settings (VSSD) and their resource allocations (RASDs).
cli -nl gi "$URL/$VM"
VSSD=$(cli ain -ac VEM_SettingsDefineState "$URL/$VM" | head -1)
VSSD="$NS:${VSSD#*/$NS:}"
cli ain -ac VEM_VirtualSystemSettingDataComponent "$URL/$VSSD"
cli ai -ac VEM_VirtualSystemSettingDataComponent -arc VEM_MemoryRASD "$URL/$VSSD"

# 5. Power it off, destroy it.
request 3
cli cm "$URL/$NS:$VSMS" "DestroySystem.AffectedSystem=VEM_ComputerSystem.CreationClassName=\"VEM_ComputerSystem\",Name=\"$UUID\""
if cli gi "$URL/$VM" >/dev/null 2>&1; then
    echo "the VM is still there after DestroySystem" >&2; exit 1
fi
echo "destroyed $NAME"
