using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace LayerGen.Analyzers.Softmax.Model;

/// <summary>
/// A <c>LinkedList&lt;T&gt;</c> walked by its nodes is the same walk as <c>foreach (var v in list)</c> (HeldOut71's
/// <c>LinkedList_ColumnPeaksRowSums</c>): <c>for (var n = list.First; n != null; n = n.Next) … n.Value</c>, or the
/// <c>while (cur is not null) { … cur.Value … cur = cur.Next; }</c> form, binds <c>n.Value</c> to one element of the
/// list per iteration of the loop that advances the node. So <c>n.Value</c> reads what a <c>foreach</c> variable over
/// the list reads, with that loop as the walk (a row of a list of rows, or one element of a list of numbers).
/// <para>
/// Only a node local written exactly twice is a walk: started at the list's end (<c>First</c>, or <c>Last</c> walked
/// back with <c>Previous</c>) outside the loop, and advanced by one step (<c>n = n.Next</c>) inside it; the loop's
/// condition reads the node. Any other write (a jump, a second start, a node taken from elsewhere) is no walk.
/// </para>
/// </summary>
internal sealed partial class SoftmaxModel
{
    /// <summary>
    /// The loop and the list of a node walk whose current node <paramref name="value"/> (<c>n.Value</c>) reads; null
    /// when <paramref name="value"/> is not the <c>Value</c> of a node local that walks a whole list one step per iteration.
    /// </summary>
    private (IOperation Loop, IOperation List)? NodeWalk(IOperation value)
    {
        if (value is not IPropertyReferenceOperation { Property.Name: "Value", Instance: { } instance }
            || Unwrap(instance) is not ILocalReferenceOperation { Local: var node } || !IsLinkedListType(node.Type, "LinkedListNode")
            || WritesOf(node) is not { Count: 2 } writes)
        {
            return null;
        }

        // One write starts the walk at an end of the list, the other steps it the matching way.
        var start = writes.FirstOrDefault(write => Unwrap(write.Value) is IPropertyReferenceOperation { Property.Name: "First" or "Last", Instance: { } list }
            && IsLinkedListType(list.Type, "LinkedList"));
        var step = writes.FirstOrDefault(write => write != start);
        if (start is null || step is null || Unwrap(start.Value) is not IPropertyReferenceOperation { Property.Name: var end, Instance: { } walked }
            || Unwrap(step.Value) is not IPropertyReferenceOperation { Property.Name: var direction, Instance: { } previous }
            || direction != (end == "First" ? "Next" : "Previous")
            || Unwrap(previous) is not ILocalReferenceOperation { Local: var stepped } || !SymbolEqualityComparer.Default.Equals(stepped, node))
        {
            return null;
        }

        // The loop that steps the node: the read is in it, the start is not (in a for loop's initialiser at most), and
        // its condition tests the node.
        var loop = EnclosingLoop(step.Operation) as ILoopOperation;
        var condition = loop switch
        {
            IForLoopOperation forLoop => forLoop.Condition,
            IWhileLoopOperation whileLoop => whileLoop.Condition,
            _ => null,
        };
        if (loop is null || condition is null || !Contains(loop, value)
            || Contains(loop, start.Operation) && !(loop is IForLoopOperation { Before: var before } && before.Any(part => Contains(part, start.Operation)))
            || !condition.DescendantsAndSelf().Any(read => read is ILocalReferenceOperation { Local: var tested } && SymbolEqualityComparer.Default.Equals(tested, node)))
        {
            return null;
        }

        return (loop, walked);
    }

    /// <summary>True for <c>System.Collections.Generic.LinkedList&lt;T&gt;</c> or its <c>LinkedListNode&lt;T&gt;</c> (by <paramref name="name"/>).</summary>
    private static bool IsLinkedListType(ITypeSymbol? type, string name) =>
        type is INamedTypeSymbol { TypeArguments.Length: 1 } named && named.Name == name
        && named.ContainingNamespace is { Name: "Generic", ContainingNamespace: { Name: "Collections", ContainingNamespace: { Name: "System", ContainingNamespace.IsGlobalNamespace: true } } };
}
