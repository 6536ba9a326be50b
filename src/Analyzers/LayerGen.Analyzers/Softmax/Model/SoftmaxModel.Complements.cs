using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace LayerGen.Analyzers.Softmax.Model;

/// <summary>
/// A subtraction from a value that reads no data (<c>1f - mask[i]</c>, <c>0 - x[i]</c>, <c>bias - x[i]</c>) shifts
/// nothing: an additive mask <c>logits[i] + (1f - mask[i]) * -1e9f</c> is the logits plus a penalty, not the logits
/// minus a maximum, and <c>exp(0 - x)</c> is <c>exp(-x)</c>. Only a subtraction from data (or from something the
/// model does not understand) counts as a shift of what is subtracted.
/// </summary>
internal sealed partial class SoftmaxModel
{
    private bool IsComplement(IBinaryOperation subtract)
    {
        var left = Eval(subtract.LeftOperand);
        return left.RawRoots.Count == 0 && left.Shifts.Count == 0 && left.Exps.Count == 0 && left.Dims.Count == 0 && !left.IsOpaque
            && Eval(subtract.RightOperand).RawRoots.Count > 0;
    }
}
