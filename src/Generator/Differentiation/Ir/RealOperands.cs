// Compiled into both LayerGen.Generator and LayerGen.Analyzers.
using System.Collections.Generic;

namespace LayerGen.Differentiation.Ir;

/// <summary>The walk over real expressions that the IR's collectors share.</summary>
internal static class RealOperands
{
    /// <summary>
    /// The direct real operands whose values flow into <paramref name="node"/>'s value: a ternary's two branches (not
    /// its condition, which callers visit themselves when they need it); none for leaves (locals, elements, constants).
    /// </summary>
    public static IEnumerable<RealExpr> Of(RealExpr node)
    {
        switch (node)
        {
            case RealNegate negate:
                yield return negate.Operand;
                break;
            case RealConvert convert:
                yield return convert.Operand;
                break;
            case RealBinary binary:
                yield return binary.Left;
                yield return binary.Right;
                break;
            case MathCall call:
                foreach (RealExpr argument in call.Arguments)
                {
                    yield return argument;
                }

                break;
            case RealChoose choose:
                yield return choose.WhenTrue;
                yield return choose.WhenFalse;
                break;
        }
    }
}
