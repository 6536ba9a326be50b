using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace LayerGen.Analyzers.Softmax.Model;

/// <summary>
/// Outer differences: <c>a[i] - b[j]</c> subtracts data picked by a loop its minuend does not walk, so the difference
/// varies along that loop too, as the product <c>a[i] * b[j]</c> does. Such a subtrahend is no shift of an exp over
/// <c>j</c>: <c>exp(a[i] - b[j])</c>, the Gaussian bins <c>exp(-0.5 d²)</c> with <c>d = (v - centres[b]) / σ</c> normalised
/// over <c>b</c>, kernel weights <c>exp(-(q[i] - x[j])² / h)</c> with separate query points (a far value gives ∞/∞ or
/// 0/0: LG0003); and a fold of the distances over both loops (a whole-image minimum) spans both (LG0001, not LG0004).
/// Read once, where a subtraction's facts are formed (Values.cs); everything else keeps main's reading, in which the
/// subtrahend is a shift without dimensions.
/// </summary>
internal sealed partial class SoftmaxModel
{
    /// <summary>How many locals a subtrahend is followed through (<c>var c = centres[b]; var d = v - c;</c>).</summary>
    private const int MaxInputReadDepth = 3;

    /// <summary>Memo of <see cref="IsOuterDifference"/> per subtraction: a value is evaluated once per cache generation, this once per model.</summary>
    private readonly Dictionary<IOperation, bool> _outerDifferences = new();

    /// <summary>
    /// True when <c>L - R</c> (<paramref name="site"/>, with <paramref name="left"/> = facts of L and
    /// <paramref name="right"/> = facts of R) varies along a loop k because of R, so R keeps its dimensions.
    /// Invariant: R is data read as it came in — an element (or a member of an element) of a buffer the method never
    /// writes, or the element variable of a <c>foreach</c>/LINQ lambda over one, or a local holding one — picked by a
    /// loop k that L does not walk and that encloses the subtraction, while L walks some loop. R is NOT such a value when it is a reduction result or a
    /// buffer written with computed values (stored maxima/minima/sums/log-sum-exps, per-group folds scattered through a
    /// key: <c>best[key[j]]</c>, <c>nestTop[k]</c>: any element write, fold or stored fact of its buffer excludes it),
    /// a parameter or field scalar (no loop), or indexed only by loops L walks too (<c>lse[i]</c>, <c>colMax[j]</c> of
    /// a column-major softmax over <c>i</c>). Self term: when L and R read the same buffer over the same range
    /// (<c>a[i] - a[j]</c>) and the difference enters only as a magnitude (squared, <c>Abs</c>), the walk of j includes
    /// j = i, whose term is exp(0) = 1 with every exponent ≤ 0: the sum is ≥ 1, never 0/0, so main's reading is kept
    /// (silent) unless the walk skips j == i. A plain <c>exp(a[i] - a[j])</c> over j is no magnitude: it can overflow
    /// and keeps R's dimensions (MaskTerms.cs still reads an element of the exponentiated buffer itself as a possible
    /// maximum, so it is not reported yet: telling it from <c>exp(x[j] - x[j]) / Σ_k exp(x[k] - x[j])</c>, correct,
    /// needs the sum's own loop).
    /// </summary>
    /// <remarks>
    /// <paramref name="site"/> is the written subtraction, or the vector call whose distance subtracts
    /// (<c>Vector3.DistanceSquared(p, cs[c])</c>, VectorScalars.cs: read like its written-out twin); it keys the memo and
    /// places the loops.
    /// </remarks>
    private bool IsOuterDifference(IOperation site, IOperation minuend, IOperation subtrahend, ValueFacts left, ValueFacts right)
    {
        if (left.Dims.Count == 0 || right.RawRoots.Count == 0 || right.Shifts.Count > 0 || right.Exps.Count > 0 || right.IsOpaque || right.IsProbability
            || !right.Dims.Keys.Any(loop => IsOuterLoop(loop, site, left)))
        {
            return false;
        }

        if (_outerDifferences.TryGetValue(site, out var known))
        {
            return known;
        }

        // Recursion guard: an Eval reached from the checks below sees main's reading.
        _outerDifferences[site] = false;
        var subtrahendRoot = InputReadRoot(subtrahend, MaxInputReadDepth);
        var outer = subtrahendRoot is not null && right.RawRoots.Contains(subtrahendRoot)
            && !IsBoundedSelfTerm(site, minuend, subtrahend, subtrahendRoot, left, right);
        _outerDifferences[site] = outer;
        return outer;
    }

    /// <summary>
    /// True when <paramref name="loop"/> picks the subtrahend at the subtraction: the minuend does not walk it and it
    /// encloses <paramref name="subtract"/>. A loop that only picked an index before (<c>m = x[off + argmax]</c> after an
    /// argmax walk) has ended: the read is one number there, a reduction's result.
    /// </summary>
    private static bool IsOuterLoop(IOperation loop, IOperation subtract, ValueFacts left) =>
        !left.Dims.ContainsKey(loop) && Contains(loop, subtract);

    /// <summary>
    /// The buffer <paramref name="operation"/> reads an element of as it came in (see <see cref="IsOuterDifference"/>),
    /// or null: an element or a member of one (<c>centres[b]</c>, <c>cents[k].X</c>), a <c>foreach</c> variable over the
    /// buffer, a LINQ lambda's element parameter, or a local written once with such a read. Null when the buffer is
    /// written in the method (stored values, folds) or folds into the local.
    /// </summary>
    private ISymbol? InputReadRoot(IOperation operation, int depth)
    {
        var read = Unwrap(operation);
        switch (read)
        {
            case null:
                return null;
            case IArrayElementReferenceOperation or IPropertyReferenceOperation { Property.IsIndexer: true }:
            case IFieldReferenceOperation or IPropertyReferenceOperation when MayBeMemberOfElement(read):
                return UnwrittenRoot(RootOf(read));
            case ILocalReferenceOperation { Local: var local } when ForEachOf(local) is { } forEach:
                return UnwrittenRoot(RootOf(forEach.Collection));
            case ILocalReferenceOperation { Local: var local } when AliasedElement(local) is { } aliased:
                return InputReadRoot(aliased, depth);
            case ILocalReferenceOperation { Local: var local } when depth > 0 && !IsAccumulator(local) && WritesOf(local) is { Count: 1 } writes && writes[0].Value is { } value:
                return InputReadRoot(value, depth - 1);
            case IParameterReferenceOperation { Parameter: { Ordinal: 0, ContainingSymbol: IMethodSymbol { MethodKind: MethodKind.AnonymousFunction } } }
                when BoundArgumentValue(read) is null && !IsFoldLambda(read):
                // x => Math.Exp(x - c) over a buffer: the element the LINQ call walks (its raw roots name the buffer).
                return Eval(read).RawRoots.Count == 1 && UnwrittenRoot(Eval(read).RawRoots.First()) is { } walked ? walked : null;
            default:
                return null;
        }
    }

    /// <summary>The root when the method writes none of its elements and stores no computed fact in it; else null.</summary>
    private ISymbol? UnwrittenRoot(ISymbol? root) =>
        root is null || _stored.ContainsKey(root) || IsAccumulator(root) || ElementWritesInto(root).Any() ? null : root;

    /// <summary>True for an <c>Aggregate</c> lambda, whose first parameter is the running fold, not an element.</summary>
    private bool IsFoldLambda(IOperation parameterRead)
    {
        for (var node = parameterRead.Parent; node is not null; node = node.Parent)
        {
            if (node is IAnonymousFunctionOperation)
            {
                // Also a user fold forwarding to Aggregate (UserFolds.cs).
                return node.Parent?.Parent is IArgumentOperation { Parent: IInvocationOperation outerCall } && (outerCall.TargetMethod.Name == "Aggregate" || IsUserAggregate(outerCall.TargetMethod))
                    || node.Parent is IArgumentOperation { Parent: IInvocationOperation call } && (call.TargetMethod.Name == "Aggregate" || IsUserAggregate(call.TargetMethod));
            }
        }

        return false;
    }

    /// <summary>
    /// The self term (see <see cref="IsOuterDifference"/>): L reads the same buffer over the same dimensions as R, the
    /// difference enters only squared or under <c>Abs</c>, and no comparison of the two loops skips j == i.
    /// </summary>
    private bool IsBoundedSelfTerm(IOperation subtract, IOperation minuend, IOperation subtrahend, ISymbol subtrahendRoot, ValueFacts left, ValueFacts right)
    {
        if (InputReadRoot(minuend, MaxInputReadDepth) is not { } minuendRoot || !SymbolEqualityComparer.Default.Equals(minuendRoot, subtrahendRoot)
            || !EntersAsMagnitude(subtract, subtrahend))
        {
            return false;
        }

        // a[i] and a[j] (x[n, i] and x[n, j]) walk the same dimensions of a, each with its own loop.
        var leftAtoms = new HashSet<DimensionAtom>(left.Dims.Where(pair => !right.Dims.ContainsKey(pair.Key)).SelectMany(pair => pair.Value));
        var rightLoops = right.Dims.Keys.Where(loop => IsOuterLoop(loop, subtract, left)).ToList();
        var rightAtoms = new HashSet<DimensionAtom>(rightLoops.SelectMany(loop => right.Dims[loop]));
        return rightAtoms.Count > 0 && rightAtoms.SetEquals(leftAtoms)
            && !rightLoops.Any(loop => left.Dims.Keys.Any(other => SkipsDiagonal(loop, other)));
    }

    /// <summary>
    /// True when the difference is read only as a magnitude: multiplied by itself (<c>-(a - b) * (a - b)</c>, also through a
    /// local read only as <c>d * d</c>, scaled <c>(a - b) / h</c> first), <c>Pow(d, 2)</c> or <c>Abs(d)</c>.
    /// </summary>
    private bool EntersAsMagnitude(IOperation subtract, IOperation subtrahend)
    {
        if (subtract is IInvocationOperation)
        {
            // Distance / DistanceSquared of two vectors: a magnitude by definition.
            return true;
        }

        if (EntersOnlySquared(Unwrap(subtrahend)!))
        {
            return true;
        }

        IOperation deviation = subtract;
        while (ParentValue(deviation) is IBinaryOperation { OperatorKind: BinaryOperatorKind.Divide } scaled && ReferenceEquals(Unwrap(scaled.LeftOperand), deviation)
            || ParentValue(deviation) is IUnaryOperation { OperatorKind: UnaryOperatorKind.Minus or UnaryOperatorKind.Plus })
        {
            deviation = ParentValue(deviation)!;
        }

        switch (ParentValue(deviation))
        {
            case IBinaryOperation { OperatorKind: BinaryOperatorKind.Multiply } square:
                return SameValue(WithoutNegation(square.LeftOperand), WithoutNegation(square.RightOperand));
            case IVariableInitializerOperation { Parent: IVariableDeclaratorOperation { Symbol: var local } }:
                var reads = _operations.OfType<ILocalReferenceOperation>().Where(read => SymbolEqualityComparer.Default.Equals(read.Local, local) && !read.IsDeclaration).ToList();
                return reads.Count > 0 && reads.All(read => IsSquaredFactor(read, local) || IsMagnitudeArgument(read));
            default:
                return IsMagnitudeArgument(deviation);
        }
    }

    /// <summary>True when <paramref name="value"/> is the argument of <c>Abs</c> or of <c>Pow(value, 2)</c>.</summary>
    private static bool IsMagnitudeArgument(IOperation value) =>
        ParentValue(value) is IArgumentOperation { Parent: IInvocationOperation { TargetMethod: var method } call }
        && WellKnownSymbols.IsScalarMathFunction(method)
        && (method.Name == "Abs" || method.Name == "Pow" && call.Arguments.Length == 2
            && Unwrap(call.Arguments[1].Value)!.ConstantValue is { HasValue: true, Value: { } exponent }
            && System.Convert.ToDouble(exponent, System.Globalization.CultureInfo.InvariantCulture) == 2.0);

    /// <summary>The counter of a <c>for</c> loop, or the local a <c>while</c> loop steps.</summary>
    private ILocalSymbol? CounterOf(IOperation loop) =>
        loop is IForLoopOperation { Locals.Length: > 0 } forLoop ? forLoop.Locals[0] : loop is IWhileLoopOperation ? SteppedLocal(loop) : null;

    /// <summary>True when the body of <paramref name="loop"/> compares its variable with <paramref name="other"/>'s by == or != (<c>if (j == i) continue;</c>).</summary>
    private bool SkipsDiagonal(IOperation loop, IOperation other)
    {
        var variable = CounterOf(loop);
        var otherVariable = CounterOf(other);
        return variable is not null && otherVariable is not null
            && loop.Descendants().OfType<IBinaryOperation>().Any(comparison => comparison.OperatorKind is BinaryOperatorKind.Equals or BinaryOperatorKind.NotEquals
                && (References(comparison.LeftOperand, variable) && References(comparison.RightOperand, otherVariable)
                    || References(comparison.LeftOperand, otherVariable) && References(comparison.RightOperand, variable)));
    }
}
