using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using static LayerGen.Analyzers.Softmax.Model.Parentheses;

namespace LayerGen.Analyzers.Softmax.Model;

/// <summary>
/// Divide and conquer over an index range, the index form of RecursiveFold.Halves.cs: <c>MaxHalves(x, lo, hi)</c> with
/// <c>hi - lo == 1 ? x[lo] : Math.Max(MaxHalves(x, lo, mid), MaxHalves(x, mid, hi))</c> (<c>[lo, hi)</c>), or the
/// inclusive spelling <c>lo == hi ? x[lo] : … F(x, lo, mid) … F(x, mid + 1, hi)</c> (<c>[lo, hi]</c>). Invariant: the two
/// calls' ranges partition the caller's range whatever <c>mid</c> is, so when the one-index case returns the element at
/// <c>lo</c> and the empty case (if any) the fold's identity, the helper folds the element over every index of the range
/// it is given: it is read as an <see cref="RecursiveWalk.Index"/> fold from <c>lo</c> (seeded with its element) below
/// (or up to) <c>hi</c>, reported at the call like the sequence halves. Any other base (a leaf loop) is not read.
/// </summary>
internal sealed partial class RecursiveFold
{
    private sealed partial class Reader
    {
        /// <summary>
        /// The index range two calls split (<c>F(…, lo, m, …)</c> and <c>F(…, m, hi, …)</c>, or <c>m + 1</c> for an
        /// inclusive range), every other argument its own parameter: its low and high parameters and the second call's
        /// read of the high one; else null.
        /// </summary>
        private (IParameterSymbol Low, IParameterSymbol High, ExpressionSyntax HighRead, bool Inclusive)? SplitRange(InvocationExpressionSyntax first, InvocationExpressionSyntax second, Dictionary<ILocalSymbol, ExpressionSyntax> locals)
        {
            var changed = new List<int>();
            for (var index = 0; index < _method.Parameters.Length; index++)
            {
                if (!(IsOwn(first, index) && IsOwn(second, index)))
                {
                    changed.Add(index);
                }
            }

            if (changed is not [var a, var b] || !IsIndex(_method.Parameters[a]) || !IsIndex(_method.Parameters[b]))
            {
                return null;
            }

            foreach (var (lower, upper) in new[] { (first, second), (second, first) })
            {
                foreach (var (low, high) in new[] { (a, b), (b, a) })
                {
                    // lower keeps lo and ends at m; upper starts at m (or m + 1) and keeps hi.
                    if (!IsOwn(lower, low) || !IsOwn(upper, high) || IsOwn(lower, high) || IsOwn(upper, low))
                    {
                        continue;
                    }

                    var end = Resolve(lower.ArgumentList.Arguments[high].Expression, locals);
                    var start = Resolve(upper.ArgumentList.Arguments[low].Expression, locals);
                    if (RecursiveCalls(end).Any() || RecursiveCalls(start).Any())
                    {
                        return null;
                    }

                    if (SyntaxFactory.AreEquivalent(end, start))
                    {
                        return (_method.Parameters[low], _method.Parameters[high], upper.ArgumentList.Arguments[high].Expression, false);
                    }

                    if (start is BinaryExpressionSyntax { RawKind: (int)SyntaxKind.AddExpression, Right: LiteralExpressionSyntax { Token.Value: 1 } } next
                        && SyntaxFactory.AreEquivalent(Resolve(next.Left, locals), end))
                    {
                        return (_method.Parameters[low], _method.Parameters[high], upper.ArgumentList.Arguments[high].Expression, true);
                    }
                }
            }

            return null;
        }

        private bool IsOwn(InvocationExpressionSyntax call, int ordinal) =>
            Parameter(call.ArgumentList.Arguments[ordinal].Expression) is { } parameter && parameter.Ordinal == ordinal;

        private static bool IsIndex(IParameterSymbol parameter) => parameter.Type.SpecialType is SpecialType.System_Int32 or SpecialType.System_Int64;

        /// <summary>The fold of a range split in halves (see the type's remarks); null unless every base case is the one-index or the empty range.</summary>
        private RecursiveFold? RangeHalves(List<(ExpressionSyntax? Condition, bool Holds, ExpressionSyntax Value)> bases, Dictionary<ILocalSymbol, ExpressionSyntax> locals, RecursiveCombine combine, ExpressionSyntax? maxFunction, IParameterSymbol low, IParameterSymbol high, ExpressionSyntax highRead, bool inclusive)
        {
            // hi - lo for one index: 1 for [lo, hi), 0 for [lo, hi].
            var single = inclusive ? 0 : 1;
            ExpressionSyntax? element = null;
            foreach (var (condition, holds, value) in bases)
            {
                if (condition is null || Width(condition, low, high) is not var (kind, constant))
                {
                    return null;
                }

                bool At(long width) => holds == Compare(kind, width, constant);

                // The case holds for one index and for no wider range; or for the empty range only.
                var returned = Resolve(value, locals);
                if (At(single) && !At(single + 1) && !At(single + 1000))
                {
                    if (!Reads(returned, low) || Reads(returned, high) || element is not null && !SyntaxFactory.AreEquivalent(element, returned))
                    {
                        return null;
                    }

                    element = returned;
                }
                else if (!(At(single - 1) && !At(single) && !At(single + 1) && IsIdentity(returned, combine)))
                {
                    return null;
                }
            }

            if (element is null)
            {
                return null;
            }

            // Seeded with the first index's element (max is idempotent; a sum adds each index once), then lo + 1 up to hi.
            return new RecursiveFold(_method, RecursiveWalk.Index, low.Ordinal, combine, element)
            {
                MaxFunction = maxFunction,
                CoversArgument = true,
                SeededWithFirst = true,
                Bound = highRead,
                BoundIsInclusive = inclusive,
            };
        }

        /// <summary>
        /// A comparison of the range's width <c>hi - lo</c> with a constant, however written (<c>hi - lo == 1</c>, <c>lo ==
        /// hi</c>, <c>lo + 1 &gt;= hi</c>, <c>hi - 1 == lo</c>), as (comparison, constant) with the width on the left; else null.
        /// </summary>
        private (SyntaxKind Kind, long Constant)? Width(ExpressionSyntax condition, IParameterSymbol low, IParameterSymbol high)
        {
            if (Unparenthesised(condition) is not BinaryExpressionSyntax comparison || Flipped(comparison.Kind()) is null)
            {
                return null;
            }

            // Each side as (hi coefficient, lo coefficient, constant): hi - lo - c on the left minus the right's.
            if (Linear(comparison.Left, low, high) is not var (hiLeft, loLeft, cLeft) || Linear(comparison.Right, low, high) is not var (hiRight, loRight, cRight))
            {
                return null;
            }

            // left OP right ⇔ (hiL - hiR)·hi + (loL - loR)·lo OP cR - cL.
            var (hiCoefficient, loCoefficient, constant) = (hiLeft - hiRight, loLeft - loRight, cRight - cLeft);
            return (hiCoefficient, loCoefficient) switch
            {
                (1, -1) => (comparison.Kind(), constant),
                (-1, 1) => (Flipped(comparison.Kind())!.Value, -constant),
                _ => null,
            };
        }

        /// <summary><paramref name="expression"/> as hi·a + lo·b + c for <c>hi</c>, <c>lo</c>, integer literals, <c>+</c> and <c>-</c>; else null.</summary>
        private (long High, long Low, long Constant)? Linear(ExpressionSyntax expression, IParameterSymbol low, IParameterSymbol high)
        {
            switch (Unparenthesised(expression))
            {
                case var read when IsParameter(read, high):
                    return (1, 0, 0);
                case var read when IsParameter(read, low):
                    return (0, 1, 0);
                case LiteralExpressionSyntax { Token.Value: int value }:
                    return (0, 0, value);
                case BinaryExpressionSyntax { RawKind: (int)SyntaxKind.AddExpression or (int)SyntaxKind.SubtractExpression } binary
                    when Linear(binary.Left, low, high) is var (h1, l1, c1) && Linear(binary.Right, low, high) is var (h2, l2, c2):
                    var sign = binary.IsKind(SyntaxKind.AddExpression) ? 1 : -1;
                    return (h1 + (sign * h2), l1 + (sign * l2), c1 + (sign * c2));
                default:
                    return null;
            }
        }

        /// <summary>The comparison with its operands swapped (<c>a &lt; b</c> ⇔ <c>b &gt; a</c>); null for a non-comparison.</summary>
        private static SyntaxKind? Flipped(SyntaxKind kind) => kind switch
        {
            SyntaxKind.EqualsExpression or SyntaxKind.NotEqualsExpression => kind,
            SyntaxKind.LessThanExpression => SyntaxKind.GreaterThanExpression,
            SyntaxKind.LessThanOrEqualExpression => SyntaxKind.GreaterThanOrEqualExpression,
            SyntaxKind.GreaterThanExpression => SyntaxKind.LessThanExpression,
            SyntaxKind.GreaterThanOrEqualExpression => SyntaxKind.LessThanOrEqualExpression,
            _ => null,
        };

        private static bool Compare(SyntaxKind kind, long left, long right) => kind switch
        {
            SyntaxKind.EqualsExpression => left == right,
            SyntaxKind.NotEqualsExpression => left != right,
            SyntaxKind.LessThanExpression => left < right,
            SyntaxKind.LessThanOrEqualExpression => left <= right,
            SyntaxKind.GreaterThanExpression => left > right,
            _ => left >= right,
        };
    }
}
