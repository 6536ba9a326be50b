using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace LayerGen.Analyzers.Softmax.Model;

/// <summary>
/// Loop extents: how far a counted loop walks the dimension it indexes. Two loops over one dimension are the same
/// axis to <see cref="DimensionClasses"/>; their extents say whether they walk the same part of it. Only extents that
/// are certain are known: <c>for (v = 0 or 1; v &lt; B; v++)</c> (or <c>v &lt;= B - 1</c>, <c>v += 1</c>, <c>v = v + 1</c>)
/// and its <c>while</c> spelling (<c>v = 0;</c> just before <c>while (v &lt; B) { …; v++; }</c>, the step the body's last
/// statement and the loop's only write of v), with B built from constants, parameters, fields and single-definition
/// locals of those. A bound read from a buffer
/// (<c>Length</c>, <c>GetLength</c>, <c>Count</c>), a loop variable or a call is unknown: it may equal any other.
/// </summary>
internal sealed partial class SoftmaxModel
{
    private const int MaxExtentDepth = 4;
    private readonly Dictionary<IOperation, string?> _extentCache = new();

    /// <summary>The canonical upper bound of a counted loop, or null when it is not certain.</summary>
    private string? LoopExtent(IOperation loop)
    {
        if (!_extentCache.TryGetValue(loop, out var extent))
        {
            extent = CountingUpExtent(loop) ?? (CountDownBound(loop) is { } bound ? ExtentText(bound, 0) : null) ?? IndexLambdaExtent(loop);
            _extentCache[loop] = extent;
        }

        return extent;
    }

    /// <summary>
    /// <c>for (v = 0; v &lt; B; v++)</c>, or <c>v = 0; while (v &lt; B) { …; v++; }</c> with the step the loop's only
    /// write of v: the start 0 or 1, the step +1 (<see cref="CountedLoopParts"/>, <see cref="UnitStep"/>).
    /// </summary>
    private string? CountingUpExtent(IOperation loop)
    {
        if (CountedLoopParts(loop) is not var (start, step, test) || Unwrap(test) is not IBinaryOperation condition
            || InitialisedVariable(start) is not { } variable || UnitStep(step, variable) != 1
            || (loop is IWhileLoopOperation { Body: var body } && WritesOf(variable).Count(write => Contains(body, write.Operation)) != 1))
        {
            return null;
        }

        return CountedExtent(condition, variable);
    }

    /// <summary>The extent of a loop counting <paramref name="variable"/> up by one from 0 or 1 while <paramref name="condition"/> holds.</summary>
    private string? CountedExtent(IBinaryOperation condition, ISymbol variable)
    {
        IOperation bound;
        var inclusive = false;
        switch (condition.OperatorKind)
        {
            case BinaryOperatorKind.LessThan or BinaryOperatorKind.LessThanOrEqual when References(condition.LeftOperand, variable):
                bound = condition.RightOperand;
                inclusive = condition.OperatorKind == BinaryOperatorKind.LessThanOrEqual;
                break;
            case BinaryOperatorKind.GreaterThan or BinaryOperatorKind.GreaterThanOrEqual when References(condition.RightOperand, variable):
                bound = condition.LeftOperand;
                inclusive = condition.OperatorKind == BinaryOperatorKind.GreaterThanOrEqual;
                break;
            default:
                return null;
        }

        if (inclusive)
        {
            // v <= B - 1 walks as far as v < B; any other inclusive bound is left unknown.
            if (Unwrap(bound) is not IBinaryOperation { OperatorKind: BinaryOperatorKind.Subtract } minus
                || Unwrap(minus.RightOperand)!.ConstantValue is not { HasValue: true, Value: 1 })
            {
                return null;
            }

            bound = minus.LeftOperand;
        }

        return ExtentText(bound, 0);
    }

    /// <summary>
    /// The local of <c>int v = 0</c> / <c>v = 1</c> (a start of 0 or 1: a constant, or a local declared once as one,
    /// <c>int from = 0; … v = from</c>), else null. Syntax and writes only, no evaluation: extents are asked in any order.
    /// </summary>
    private ISymbol? InitialisedVariable(IOperation before) =>
        StartValue(before) is ({ } variable, { } value) && IsZeroOrOne(value) ? variable : null;

    private bool IsZeroOrOne(IOperation value) => Unwrap(value) switch
    {
        { ConstantValue: { HasValue: true, Value: 0 or 1 } } => true,
        ILocalReferenceOperation { Local: var local } => WritesOf(local) is { Count: 1 } writes && writes[0].Operation is IVariableDeclaratorOperation
            && Unwrap(writes[0].Value)?.ConstantValue is { HasValue: true, Value: 0 or 1 },
        _ => false,
    };

    /// <summary>A loop-invariant size as canonical text (operands of + and * sorted), or null when not certain.</summary>
    private string? ExtentText(IOperation? operation, int depth)
    {
        operation = Unwrap(operation);
        if (operation is null || depth > MaxExtentDepth)
        {
            return null;
        }

        if (operation.ConstantValue is { HasValue: true, Value: int or long } constant)
        {
            return System.Convert.ToString(constant.Value, System.Globalization.CultureInfo.InvariantCulture);
        }

        switch (operation)
        {
            case IParameterReferenceOperation parameter when IndexParameterLoop(parameter.Parameter) is null && !WritesOf(parameter.Parameter).Any():
                return "p:" + parameter.Parameter.Name;
            case IFieldReferenceOperation { Field: { IsConst: false } field } reference
                when (field.IsStatic || reference.Instance is IInstanceReferenceOperation) && !WritesOf(field).Any():
                return "f:" + field.Name;
            case ILocalReferenceOperation local when InductionLoop(local.Local, operation) is null && WritesOf(local.Local) is { Count: 1 } writes
                && writes[0].Value is { } definition && !Contains(definition, operation):
                return ExtentText(definition, depth + 1);
            case IBinaryOperation { OperatorKind: BinaryOperatorKind.Add or BinaryOperatorKind.Multiply } commutative:
                var left = ExtentText(commutative.LeftOperand, depth + 1);
                var right = ExtentText(commutative.RightOperand, depth + 1);
                if (left is null || right is null)
                {
                    return null;
                }

                var sign = commutative.OperatorKind == BinaryOperatorKind.Add ? "+" : "*";

                // from + count with from = 0, count * 1: the identity operand adds nothing to the bound.
                var identity = commutative.OperatorKind == BinaryOperatorKind.Add ? "0" : "1";
                if (left == identity || right == identity)
                {
                    return left == identity ? right : left;
                }

                return string.CompareOrdinal(left, right) <= 0 ? "(" + left + sign + right + ")" : "(" + right + sign + left + ")";
            case IBinaryOperation { OperatorKind: BinaryOperatorKind.Subtract or BinaryOperatorKind.Divide } ordered:
                var first = ExtentText(ordered.LeftOperand, depth + 1);
                var second = ExtentText(ordered.RightOperand, depth + 1);
                return first is null || second is null ? null : "(" + first + (ordered.OperatorKind == BinaryOperatorKind.Subtract ? "-" : "/") + second + ")";
            default:
                return null;
        }
    }

    /// <summary>
    /// True when a max and a sum fold one dimension (the same class) with loops of certain, different extents:
    /// the max walks another part of the axis than the sum (Barracuda 0.7: channels versus the flat width), unless
    /// both walk as many positions in all (<see cref="WalkSameSize"/>).
    /// </summary>
    public bool ExtentsDiffer(Reduction max, Reduction sum) =>
        DifferingExtents(max, sum).Any() && !WalkSameSize(max, sum);

    /// <summary>
    /// The pairs of a max's and a sum's extents over one dimension (overlapping classes) that differ, leaving out a max
    /// extent the sum also walks that dimension with: a sum folded over the window loop <c>j &lt; w</c> and, never reset,
    /// over the loop <c>k &lt; count</c> that moves the window (<c>x[k + j]</c>) contains the max's walk <c>j &lt; w</c> and
    /// more, which is a sum too wide (LG0002), not a max over another part of the axis.
    /// </summary>
    private IEnumerable<(KeyValuePair<DimensionAtom, string> Max, KeyValuePair<DimensionAtom, string> Sum)> DifferingExtents(Reduction max, Reduction sum)
    {
        foreach (var first in max.Extents)
        {
            var firstClasses = Classes.Classes(new[] { first.Key });
            var sameDimension = sum.Extents.Where(second => firstClasses.Overlaps(Classes.Classes(new[] { second.Key }))).ToList();
            if (sameDimension.Any(second => second.Value == first.Value))
            {
                continue;
            }

            foreach (var second in sameDimension)
            {
                yield return (first, second);
            }
        }
    }

    /// <summary>
    /// True when, wherever the extents of <paramref name="max"/> and <paramref name="sum"/> differ along one dimension,
    /// the max walks a whole row or block of the flat buffer it reads (its extent is a stride the method's accesses
    /// step that buffer by: <c>j &lt; stride</c> with <c>b * stride + j</c>) and the sum's extent is none of that
    /// buffer's strides (<c>j &lt; k</c>, the first k entries of the row): the max spans the slice and the rest of its row.
    /// </summary>
    public bool MaxWalksWholeRows(Reduction max, Reduction sum)
    {
        var differing = false;
        foreach (var (first, second) in DifferingExtents(max, sum))
        {
            var strides = StridesOf(first.Key.Root);
            if (ExtentAsStride(first.Value) is not { } whole || !strides.Contains(whole)
                || (ExtentAsStride(second.Value) is { } part && strides.Contains(part)))
            {
                return false;
            }

            differing = true;
        }

        return differing;
    }

    /// <summary>
    /// True when the distinct extents of two folds multiply to the same product of the same factors: a flat walk of a
    /// whole <c>height * width</c> block and a walk of it by rows and by columns cover the same positions.
    /// </summary>
    private static bool WalkSameSize(Reduction max, Reduction sum) =>
        ProductFactors(max.Extents.Values) is { } first && ProductFactors(sum.Extents.Values) is { } second && first.SequenceEqual(second, System.StringComparer.Ordinal);

    /// <summary>The strides the method's flat accesses of <paramref name="root"/> step a loop by.</summary>
    private HashSet<string> StridesOf(ISymbol root)
    {
        var strides = new HashSet<string>(System.StringComparer.Ordinal);
        foreach (var operation in _operations)
        {
            if (FlatIndexOf(operation) is var (indexed, index) && SymbolEqualityComparer.Default.Equals(indexed, root))
            {
                strides.UnionWith(index.Terms.Values.Select(stride => stride.Text));
            }
        }

        return strides;
    }

    /// <summary>An extent that is a product of factors as a stride's text (<c>(3*p:k)</c> is <c>3*k</c>); null for any other extent.</summary>
    private static string? ExtentAsStride(string extent)
    {
        if (ProductFactors(new[] { extent }) is not { } factors)
        {
            return null;
        }

        var stride = Stride.One;
        foreach (var factor in factors)
        {
            stride = stride.Times(Stride.Of(factor.StartsWith("p:", System.StringComparison.Ordinal) || factor.StartsWith("f:", System.StringComparison.Ordinal) ? factor.Substring(2) : factor));
        }

        return stride.Text;
    }

    /// <summary>The factors of the product of the distinct extents, sorted; null when one is not a product of factors.</summary>
    private static List<string>? ProductFactors(IEnumerable<string> extents)
    {
        var factors = new List<string>();
        foreach (var extent in extents.Distinct(System.StringComparer.Ordinal))
        {
            if (extent.IndexOfAny(new[] { '+', '-', '/' }) >= 0)
            {
                return null;
            }

            factors.AddRange(extent.Replace("(", string.Empty).Replace(")", string.Empty).Split('*'));
        }

        factors.Sort(System.StringComparer.Ordinal);
        return factors;
    }
}
