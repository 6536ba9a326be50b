using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace LayerGen.Analyzers.Softmax.Model;

/// <summary>
/// Whether the row a whole-row maximum walks (<see cref="SoftmaxModel.WalksWholeExpsRow"/>) holds the same data at every
/// nest and up to the maximum. The invariant proved: the row's array is a parameter of this method (or a field, when no
/// source method is called) that is never written as a variable, never handed on, and whose row locals are clean rows;
/// its person index reads only constants, unwritten parameters, locals set once outside the nest loop and positions of
/// person loops around the walk and the sum that do not depend on the nest; and its elements are written (with no
/// <c>goto</c> in the method) only in that same row, after the walk, outside lambdas and local functions, and inside no
/// loop around the walk but a person loop (whose next turn reads the next person's row).
/// </summary>
internal sealed partial class SoftmaxModel
{
    /// <summary>
    /// True when <paramref name="row"/> is the same data at every nest and up to the maximum: its array is a parameter of
    /// this method (or a field, when the method calls no source method that could write it) that the method never hands on
    /// and whose elements it writes only in the same row, after the maximum's walk, outside any loop around both but the
    /// person loop; and its person index reads only positions of loops around the walk and the sum that do not depend on the nest.
    /// </summary>
    private bool IsStableRowSource(ArrayRow row, IOperation walk, IOperation picking, SoftmaxSite site)
    {
        var uses = RowUses;
        var root = row.Root;
        var rootIsStable = root switch
        {
            IParameterSymbol { RefKind: RefKind.None or RefKind.In, ContainingSymbol: IMethodSymbol { MethodKind: not (MethodKind.AnonymousFunction or MethodKind.LambdaMethod or MethodKind.LocalFunction) } method }
                => SymbolEqualityComparer.Default.Equals(method.OriginalDefinition, (Owner as IMethodSymbol)?.OriginalDefinition),
            IFieldSymbol => !uses.CallsSourceMethods,
            _ => false,
        };
        if (!rootIsStable || uses.ConservativeWritesOf(root).Count > 0 || uses.Escapes(root) || uses.RowLocalsOf(root).Any(local => RowLocalSource(local) is null))
        {
            return false;
        }

        var personLoops = new List<IOperation>();
        if (row.PersonIndex is { } personIndex)
        {
            foreach (var read in personIndex.DescendantsAndSelf())
            {
                switch (read)
                {
                    case ILocalReferenceOperation { Local: var local } when uses.ConservativeWritesOf(local) is [IVariableDeclaratorOperation] && !IsDeclaredInside(local, picking):
                        break; // a stride or offset set once before the nest loop
                    case ILocalReferenceOperation { Local: var local }:
                        if (PersonLoop(local, walk, picking, site) is not { } loop)
                        {
                            return false;
                        }

                        personLoops.Add(loop);
                        break;
                    case IParameterReferenceOperation { Parameter: var parameter } when parameter.RefKind == RefKind.None && uses.ConservativeWritesOf(parameter).Count == 0:
                    case ILiteralOperation or IBinaryOperation { OperatorKind: BinaryOperatorKind.Multiply or BinaryOperatorKind.Add }:
                        break;
                    default:
                        return false;
                }
            }
        }

        foreach (var write in uses.ElementWritesOf(root))
        {
            // Only the softmax's own in-place writes of this row, after the maximum: no loop around both may bring them
            // back to the maximum, except a person loop (its next turn reads the next person's row).
            if (uses.HasGoto || !RowReadsOf(write).Any(written => written.Row.SameRow(row))
                || write.Syntax.SpanStart <= walk.Syntax.Span.End || IsInNestedFunction(write, _root)
                || (row.Layout != RowLayout.Vector && !IsPersonOnly(row.PersonIndex)))
            {
                return false;
            }

            foreach (var loop in EnclosingLoops(write))
            {
                if (Contains(loop, walk) && !personLoops.Contains(loop))
                {
                    return false;
                }
            }
        }

        return true;
    }

    /// <summary>A person index that is its loop's variable, or that variable times a stride (<c>n</c>, <c>n * alts</c>): one row per turn.</summary>
    private static bool IsPersonOnly(IOperation? personIndex) => Unwrap(personIndex) switch
    {
        ILocalReferenceOperation => true,
        IBinaryOperation { OperatorKind: BinaryOperatorKind.Multiply } product =>
            Unwrap(product.LeftOperand) is ILocalReferenceOperation ^ Unwrap(product.RightOperand) is ILocalReferenceOperation,
        _ => false,
    };

    /// <summary>
    /// The loop whose position <paramref name="local"/> is, when it encloses the maximum's walk and every fold of the sum,
    /// only its header writes the local, and it does not depend on the nest: it encloses the nest loop, or it lies inside
    /// it and its header reads nothing written inside the nest loop but its own position.
    /// </summary>
    private IOperation? PersonLoop(ILocalSymbol local, IOperation walk, IOperation picking, SoftmaxSite site)
    {
        foreach (var loop in EnclosingLoops(walk))
        {
            if (loop is not IForLoopOperation forLoop || !SymbolEqualityComparer.Default.Equals(WalkElement(loop), local))
            {
                continue;
            }

            if (loop == picking || !site.Sum.Folds.All(fold => Contains(loop, fold))
                || RowUses.ConservativeWritesOf(local).Any(write => !Contains(loop, write) || Contains(forLoop.Body, write)))
            {
                return null;
            }

            if (Contains(loop, picking))
            {
                return loop;
            }

            var header = forLoop.Before.Concat(forLoop.AtLoopBottom).Concat(forLoop.Condition is { } condition ? new[] { condition } : System.Array.Empty<IOperation>());
            var readsNest = header.SelectMany(part => part.DescendantsAndSelf()).Any(read =>
                read is ILocalReferenceOperation { Local: var other } && !SymbolEqualityComparer.Default.Equals(other, local)
                && (RowUses.ConservativeWritesOf(other).Any(write => Contains(picking, write)) || IsDeclaredInside(other, picking)));
            return readsNest ? null : loop;
        }

        return null;
    }

    /// <summary>True when <paramref name="local"/> is declared inside <paramref name="operation"/>'s source span.</summary>
    private static bool IsDeclaredInside(ILocalSymbol local, IOperation operation) =>
        local.DeclaringSyntaxReferences is [var declaration]
        && declaration.SyntaxTree == operation.Syntax.SyntaxTree && operation.Syntax.Span.Contains(declaration.Span);
}
