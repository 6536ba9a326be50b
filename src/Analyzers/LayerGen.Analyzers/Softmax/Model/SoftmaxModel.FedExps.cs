using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace LayerGen.Analyzers.Softmax.Model;

/// <summary>
/// Whether an exp's result feeds a normalised value, or an exp only reaches it through a divisor. A softmax divides
/// exps; t-SNE's Student-t kernel <c>q[i][j] = 1 / (1 + d[i][j])</c> normalised by its sum over all pairs divides
/// reciprocals, even when the distances <c>d</c> depend on earlier exps (the embedding an optimiser moved along a
/// gradient of Gaussian exps). A value fed by an exp is the exp itself, a product or quotient with it as a factor or
/// dividend, a sum or branch with such a term, or a variable or element some write stores such a value into; the
/// divisor of a quotient feeds nothing. Values the model cannot follow (parameters, fields, calls that are no exp) are
/// taken as fed, so only a value whose every definition is known stops a site.
/// </summary>
internal sealed partial class SoftmaxModel
{
    private const int MaxFedExpDepth = 8;

    /// <summary>False when no exp reaches <paramref name="value"/> other than through a divisor; true otherwise (also when unknown).</summary>
    private bool IsFedByExp(IOperation value) => FedByExp(value, new HashSet<ISymbol>(SymbolEqualityComparer.Default), depth: 0) != false;

    /// <summary>True: an exp feeds the value; false: none does (or only through divisors); null: not followed.</summary>
    private bool? FedByExp(IOperation? operation, HashSet<ISymbol> visited, int depth)
    {
        var value = Unwrap(operation);
        if (value is null || value.ConstantValue.HasValue || Eval(value).Exps.Count == 0)
        {
            return false;
        }

        if (ExpOperand(value) is not null)
        {
            return true;
        }

        if (depth >= MaxFedExpDepth)
        {
            return null;
        }

        switch (value)
        {
            case IBinaryOperation { OperatorKind: BinaryOperatorKind.Divide } quotient:
                return FedByExp(quotient.LeftOperand, visited, depth + 1);
            case IBinaryOperation binary:
                return Any(FedByExp(binary.LeftOperand, visited, depth + 1), FedByExp(binary.RightOperand, visited, depth + 1));
            case IUnaryOperation unary:
                return FedByExp(unary.Operand, visited, depth + 1);
            case IConditionalOperation { WhenFalse: { } whenFalse } conditional:
                return Any(FedByExp(conditional.WhenTrue, visited, depth + 1), FedByExp(whenFalse, visited, depth + 1));
            // A ref local or a foreach variable (foreach (ref float v in row) v = MathF.Exp(v)) stands for the elements it
            // walks, whose writes are not its own: not followed.
            case ILocalReferenceOperation { Local: var local } when AliasedElement(local) is null && !local.IsRef && ForEachOf(local) is null:
                return visited.Add(local) ? Stored(WritesOf(local).Select(write => (write.Operation, write.Value)).ToList(), visited, depth) : false;
            case IArrayElementReferenceOperation when RootOf(value) is ILocalSymbol root && root.Type is IArrayTypeSymbol:
                if (!visited.Add(root))
                {
                    return false;
                }

                // Only its element writes store into the buffer: it is never given a buffer holding exps, and never passed,
                // aliased or sliced (a callee or an alias could write into it).
                if (WritesOf(root).Any(write => write.Value is { } whole && Eval(whole).Exps.Count > 0) || !IsOnlyIndexed(root))
                {
                    return null;
                }

                return Stored(ElementWritesInto(root).Select(write => (write.Operation, write.Value)).ToList(), visited, depth);
            default:
                return null;
        }
    }

    /// <summary>What the writes store: a fold adds its value, a rescaling (<c>*=</c>, <c>/=</c>) keeps what is there.</summary>
    private bool? Stored(List<(IOperation Operation, IOperation? Value)> writes, HashSet<ISymbol> visited, int depth)
    {
        if (writes.Count == 0)
        {
            return null;
        }

        bool? fed = false;
        foreach (var (write, stored) in writes)
        {
            if (write is ICompoundAssignmentOperation { OperatorKind: BinaryOperatorKind.Multiply or BinaryOperatorKind.Divide })
            {
                continue;
            }

            fed = Any(fed, stored is null ? null : FedByExp(stored, visited, depth + 1));
            if (fed == true)
            {
                return true;
            }
        }

        return fed;
    }

    /// <summary>
    /// True when every reference of <paramref name="root"/> in the method is written whole, or indexed down to an
    /// element (<c>q[i][j]</c>, not a row <c>q[i]</c> used as a buffer) or a length.
    /// </summary>
    private bool IsOnlyIndexed(ILocalSymbol root)
    {
        if (_onlyIndexed.TryGetValue(root, out var known))
        {
            return known;
        }

        var only = true;
        foreach (var reference in _operations.OfType<ILocalReferenceOperation>().Where(reference => SymbolEqualityComparer.Default.Equals(reference.Local, root)))
        {
            IOperation top = reference;
            while (top.Parent is IArrayElementReferenceOperation element && element.ArrayReference == top)
            {
                top = element;
            }

            only &= top.Parent is ISimpleAssignmentOperation assignment && assignment.Target == top
                || top != reference && top.Type is not IArrayTypeSymbol
                || top.Parent is IPropertyReferenceOperation { Property.Name: "Length" or "LongLength" };
        }

        _onlyIndexed[root] = only;
        return only;
    }

    private readonly Dictionary<ILocalSymbol, bool> _onlyIndexed = new(SymbolEqualityComparer.Default);

    private static bool? Any(bool? first, bool? second) =>
        first == true || second == true ? true : first is null || second is null ? null : false;
}
