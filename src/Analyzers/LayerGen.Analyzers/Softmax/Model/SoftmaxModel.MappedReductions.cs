using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace LayerGen.Analyzers.Softmax.Model;

/// <summary>
/// Per-slice maxima and sums built by LINQ: <c>double[] maxes = rows.Select(row => row.Max()).ToArray()</c> (also
/// <c>ToList()</c>, <c>Select((row, i) => …)</c>, a block-bodied lambda returning the fold). An element of such a
/// buffer (<c>maxes[i]</c>) is the fold of one slice: it folds what the lambda's reduction folds, the row's
/// dimension, not the rows themselves.
/// </summary>
internal sealed partial class SoftmaxModel
{
    /// <summary>The reduction each element of a LINQ-mapped buffer holds, read at <paramref name="element"/>; else null.</summary>
    private Reduction? MappedReduction(IOperation element)
    {
        var buffer = element switch
        {
            IArrayElementReferenceOperation array => array.ArrayReference,
            IPropertyReferenceOperation { Property.IsIndexer: true } indexer => indexer.Instance,
            _ => null,
        };
        if (VariableOf(buffer) is not ILocalSymbol local || WritesOf(local) is not { Count: 1 } writes || MappingLambda(writes[0].Value) is not { } lambda)
        {
            return null;
        }

        var returns = lambda.Body.Descendants().OfType<IReturnOperation>().ToList();
        if (returns.Count != 1 || Unwrap(returns[0].ReturnedValue) is not IInvocationOperation fold || WholeReduction(fold) is not { } whole)
        {
            return null;
        }

        return new Reduction(whole.Kind, local.Name, whole.Atoms, whole.FoldsOr(fold), whole.Elements, isPartial: false, whole.StaleAtoms, isInline: false);
    }

    /// <summary>The lambda of <c>source.Select(lambda)</c>, optionally followed by <c>ToArray()</c> or <c>ToList()</c>.</summary>
    private IAnonymousFunctionOperation? MappingLambda(IOperation? value)
    {
        var call = Unwrap(value) as IInvocationOperation;
        if (call is { TargetMethod.Name: "ToArray" or "ToList" } materialise && Symbols.IsEnumerable(materialise.TargetMethod, materialise.TargetMethod.Name))
        {
            call = Unwrap(materialise.Instance ?? (materialise.Arguments.Length > 0 ? materialise.Arguments[0].Value : null)) as IInvocationOperation;
        }

        return call is not null && Symbols.IsEnumerable(call.TargetMethod, "Select") && call.Arguments.Length == 2
            && Unwrap(call.Arguments[1].Value) is IDelegateCreationOperation { Target: IAnonymousFunctionOperation lambda }
            ? lambda
            : null;
    }
}
