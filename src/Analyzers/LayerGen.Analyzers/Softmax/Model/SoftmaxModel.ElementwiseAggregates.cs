using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace LayerGen.Analyzers.Softmax.Model;

/// <summary>
/// An element-wise fold of rows written with LINQ: <c>rows.Aggregate((acc, row) =&gt; acc.Zip(row, Math.Max).ToArray())</c>,
/// with or without a seed and <c>ToArray</c>/<c>ToList</c>, the pair function spelled <c>Math.Max</c>,
/// <c>(a, b) =&gt; Math.Max(a, b)</c> or <c>a &gt; b ? a : b</c> (a min or a sum <c>a + b</c> alike). <c>Zip</c> pairs
/// elements of equal index, so element j of the result folds every row's element j: the loop
/// <c>for (i …) for (j …) peaks[j] = Math.Max(peaks[j], rows[i][j])</c>, a fold over the rows (the dimension the
/// <c>Aggregate</c> walks), one per position of a row.
/// </summary>
internal sealed partial class SoftmaxModel
{
    /// <summary>
    /// The fold a local holds when its one definition is an element-wise <c>Aggregate</c> (see the type's summary),
    /// read as a whole (<c>peaks</c>) or at one element (<c>peaks[j]</c>); else null.
    /// </summary>
    private Reduction? ElementwiseAggregate(IOperation reference)
    {
        var buffer = reference switch
        {
            IArrayElementReferenceOperation array => array.ArrayReference,
            IPropertyReferenceOperation { Property.IsIndexer: true } indexer => indexer.Instance,
            _ => reference,
        };
        if (VariableOf(Unwrap(buffer)) is not ILocalSymbol local || WritesOf(local) is not { Count: 1 } writes
            || Unwrap(writes[0].Value) is not IInvocationOperation aggregate || ElementwiseAggregateKind(aggregate) is not { } kind)
        {
            return null;
        }

        var source = aggregate.Instance ?? aggregate.Arguments[0].Value;
        if (EvalView(source) is not { Root: { } root } rows || rows.IteratedAtoms(all: false) is not { IsEmpty: false } atoms)
        {
            return null;
        }

        var elements = ElementFacts(root, StableKeys.Map<ImmutableHashSet<DimensionAtom>>()).WithoutDims();
        return new Reduction(kind, local.Name, atoms, ImmutableArray.Create<IOperation>(aggregate), elements, false, ImmutableHashSet<DimensionAtom>.Empty, isInline: false);
    }

    /// <summary>
    /// The kind of element-wise fold of <c>Aggregate([seed, ](acc, row) =&gt; acc.Zip(row, f)[.ToArray()])</c> (either
    /// operand order), f a pairwise max, min or sum (<see cref="PairwiseKind"/>); null for any other call.
    /// </summary>
    private ReductionKind? ElementwiseAggregateKind(IInvocationOperation aggregate)
    {
        if (!IsAggregateCall(aggregate) || aggregate.Arguments.Length is not (2 or 3)
            || PastDelegateCreation(aggregate.Arguments[aggregate.Arguments.Length - 1].Value) is not IAnonymousFunctionOperation { Symbol.Parameters.Length: 2 } lambda
            || SingleReturned(lambda) is not { } returned)
        {
            return null;
        }

        if (returned is IInvocationOperation { TargetMethod.Name: "ToArray" or "ToList", Arguments.Length: 1 } materialise
            && Symbols.IsEnumerable(materialise.TargetMethod, materialise.TargetMethod.Name))
        {
            returned = Unwrap(materialise.Arguments[0].Value);
        }

        if (returned is not IInvocationOperation { Arguments.Length: 3 } zip || !Symbols.IsEnumerable(zip.TargetMethod, "Zip"))
        {
            return null;
        }

        var (acc, row) = (lambda.Symbol.Parameters[0], lambda.Symbol.Parameters[1]);
        var first = zip.Arguments[0].Value;
        var second = zip.Arguments[1].Value;
        var pairsBoth = IsParameter(first, acc) && IsParameter(second, row) || IsParameter(first, row) && IsParameter(second, acc);
        return pairsBoth ? PairwiseKind(zip.Arguments[2].Value) : null;
    }

    /// <summary>
    /// A function of two numbers that keeps their max (<c>Math.Max</c>, <c>(a, b) =&gt; Math.Max(b, a)</c>,
    /// <c>(a, b) =&gt; a &gt; b ? a : b</c>), their min, or adds them (<c>(a, b) =&gt; a + b</c>); null for any other.
    /// </summary>
    private ReductionKind? PairwiseKind(IOperation function)
    {
        var target = PastDelegateCreation(function);
        if (target is IMethodReferenceOperation reference)
        {
            return Symbols.IsScalarMax(reference.Method) ? ReductionKind.Max : Symbols.IsScalarMin(reference.Method) ? ReductionKind.Min : null;
        }

        if (target is not IAnonymousFunctionOperation { Symbol.Parameters.Length: 2 } lambda || SingleReturned(lambda) is not { } returned)
        {
            return null;
        }

        var (a, b) = (lambda.Symbol.Parameters[0], lambda.Symbol.Parameters[1]);
        bool BothOnce(IOperation left, IOperation right) => IsParameter(left, a) && IsParameter(right, b) || IsParameter(left, b) && IsParameter(right, a);
        switch (returned)
        {
            case IInvocationOperation { Arguments.Length: 2 } call when BothOnce(call.Arguments[0].Value, call.Arguments[1].Value):
                return Symbols.IsScalarMax(call.TargetMethod) ? ReductionKind.Max : Symbols.IsScalarMin(call.TargetMethod) ? ReductionKind.Min : null;
            case IBinaryOperation { OperatorKind: BinaryOperatorKind.Add } add when BothOnce(add.LeftOperand, add.RightOperand):
                return ReductionKind.Sum;
            case IConditionalOperation { Condition: IBinaryOperation comparison, WhenFalse: { } whenFalse } ternary
                when comparison.OperatorKind is BinaryOperatorKind.GreaterThan or BinaryOperatorKind.GreaterThanOrEqual or BinaryOperatorKind.LessThan or BinaryOperatorKind.LessThanOrEqual
                && BothOnce(comparison.LeftOperand, comparison.RightOperand) && BothOnce(ternary.WhenTrue, whenFalse):
                // a > b ? a : b keeps the larger: a max; a > b ? b : a the smaller.
                var greater = comparison.OperatorKind is BinaryOperatorKind.GreaterThan or BinaryOperatorKind.GreaterThanOrEqual;
                var larger = greater ? comparison.LeftOperand : comparison.RightOperand;
                return SameValue(ternary.WhenTrue, larger) ? ReductionKind.Max : ReductionKind.Min;
            default:
                return null;
        }
    }

    /// <summary>The value a lambda returns when its body is that one <c>return</c> (an expression-bodied lambda); else null.</summary>
    private static IOperation? SingleReturned(IAnonymousFunctionOperation lambda) =>
        lambda.Body.Operations.Length == 1 && lambda.Body.Operations[0] is IReturnOperation { ReturnedValue: { } returned } ? Unwrap(returned) : null;

    private static bool IsParameter(IOperation operand, IParameterSymbol parameter) =>
        Unwrap(operand) is IParameterReferenceOperation read && SymbolEqualityComparer.Default.Equals(read.Parameter, parameter);
}
