using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace LayerGen.Analyzers.Softmax.Model;

/// <summary>
/// Statistics kept in the elements of a tuple variable, <c>(double Max, double Denominator) state = (-∞, 0)</c>, and
/// updated by assigning the whole tuple, <c>state = (v, state.Denominator * exp(state.Max - v) + 1)</c>. Such a
/// declaration or assignment writes every element: each element field is recorded as written with the matching element
/// of the tuple literal (of each branch of a conditional; an unknown value when the right side is no literal; nothing
/// for an element copied onto itself, <c>state = (first, state.Sum)</c>), so a tuple declared per row resets
/// its denominator per row, and a tuple assignment that rescales it is the online softmax's rescale, as for locals.
/// </summary>
internal sealed partial class SoftmaxModel
{
    private readonly List<VariableWrite> _wholeTupleWrites = new();
    private readonly List<ISymbol> _wholeTupleVariables = new();

    /// <summary>Notes a whole-tuple declaration or simple assignment of <paramref name="variable"/>, for <see cref="AddTupleElementWrites"/>.</summary>
    private void RecordTupleElementWrites(ISymbol variable, IOperation write, IOperation? target, IOperation? value)
    {
        if (write is IVariableDeclaratorOperation or ISimpleAssignmentOperation { IsRef: false } && TypeOfVariable(variable) is INamedTypeSymbol { IsTupleType: true })
        {
            _wholeTupleVariables.Add(variable);
            _wholeTupleWrites.Add(new VariableWrite(write, target, value));
        }
    }

    /// <summary>
    /// Records each noted whole-tuple write as a write of every element, once all writes are collected: an element
    /// folded through other tuple variables only (<see cref="FoldingInstances"/>) is not written by this one.
    /// </summary>
    private void AddTupleElementWrites()
    {
        for (var write = 0; write < _wholeTupleWrites.Count; write++)
        {
            var variable = _wholeTupleVariables[write];
            var (operation, target, value) = (_wholeTupleWrites[write].Operation, _wholeTupleWrites[write].Target, _wholeTupleWrites[write].Value);
            var elements = ((INamedTypeSymbol)TypeOfVariable(variable)!).TupleElements;
            foreach (var branch in Branches(value, depth: 0))
            {
                var literal = Unwrap(branch) is ITupleOperation written && written.Elements.Length == elements.Length ? written : null;
                for (var index = 0; index < elements.Length; index++)
                {
                    // state = (x[r, 0], state.Sum): the element copied onto itself keeps its value, it is not written.
                    if ((literal is null || !IsSameElement(literal.Elements[index], variable, elements[index]))
                        && FoldingInstances(elements[index]) is var folding && (folding.Count == 0 || folding.Contains(variable)))
                    {
                        AddVariableWrite(elements[index], operation, target, literal?.Elements[index]);
                    }
                }
            }
        }
    }

    /// <summary>The tuple values a conditional may yield (<c>c ? (a, b) : (d, e)</c>), or the value itself.</summary>
    private static IEnumerable<IOperation?> Branches(IOperation? value, int depth)
    {
        if (Unwrap(value) is IConditionalOperation { WhenFalse: { } whenFalse } conditional && depth < MaxAliasDepth)
        {
            return Branches(conditional.WhenTrue, depth + 1).Concat(Branches(whenFalse, depth + 1));
        }

        return new[] { value };
    }

    /// <summary><c>state.Sum</c> read from the same tuple variable it is assigned back to.</summary>
    private static bool IsSameElement(IOperation value, ISymbol variable, IFieldSymbol element) =>
        Unwrap(value) is IFieldReferenceOperation { Field: var field, Instance: var instance }
        && SymbolEqualityComparer.Default.Equals(field, element) && References(instance, variable);
}
