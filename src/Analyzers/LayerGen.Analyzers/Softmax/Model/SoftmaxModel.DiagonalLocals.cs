using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace LayerGen.Analyzers.Softmax.Model;

/// <summary>
/// A diagonal derivative kept in a local before it meets the gradient (<c>float d = (1 - y) * y; g[o] = e * d;</c>):
/// the local is declared with the diagonal and never written again, and every read of it is a factor of a product
/// with a gradient factor. A local that is also used otherwise (summed, compared, returned alone) is not this use.
/// </summary>
internal sealed partial class SoftmaxModel
{
    /// <summary>The gradient factors the local initialised with <paramref name="product"/> is multiplied by; empty when none.</summary>
    private List<IOperation> GradientTimesLocal(IOperation product)
    {
        var none = new List<IOperation>();
        if (ParentValue(UnwrapUp(product)) is not IVariableInitializerOperation { Parent: IVariableDeclaratorOperation { Symbol: { } local } }
            || WritesOf(local).Count > 1)
        {
            return none;
        }

        var gradient = new List<IOperation>();
        foreach (var operation in _operations)
        {
            if (operation is not ILocalReferenceOperation read || !SymbolEqualityComparer.Default.Equals(read.Local, local))
            {
                continue;
            }

            if (ParentValue(read) is not IBinaryOperation { OperatorKind: BinaryOperatorKind.Multiply } multiply)
            {
                return none;
            }

            var around = multiply;
            while (ParentValue(around) is IBinaryOperation { OperatorKind: BinaryOperatorKind.Multiply } outer)
            {
                around = outer;
            }

            var factors = Factors(around).Where(factor => !Contains(factor, read) && IsGradientFactor(factor)).ToList();
            if (factors.Count == 0)
            {
                return none;
            }

            gradient.AddRange(factors);
        }

        return gradient;
    }
}
