using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace LayerGen.Analyzers.Softmax.Model;

/// <summary>
/// Statistics of probabilities are no probabilities (LG0005). A sum or weighted sum folded from softmax outputs
/// (EM's mixing weight π = Σ r / n and its complement 1 − π, a variance Σ r·d / Σ r, an inverse participation
/// 1 / Σ p²) is a number computed from probabilities, not log(softmax(x)): its log has no log-softmax rewrite. The
/// cross-entropy shape keeps the sum outside the log (Σ t·log p); these put it inside. A value is followed back
/// through its operands, copies and the writes of the variables and buffers it reads, to where its exps and
/// probabilities come from: an exp call, a call the model does not open, a buffer whose filling it does not see. It is
/// a probability when some path gets there without passing an accumulator (a variable some write folds into, an
/// element added to). A compound division or product only rescales what the other writes brought.
/// </summary>
internal sealed partial class SoftmaxModel
{
    /// <summary>True when every path by which <paramref name="operand"/> is a probability passes through a sum folded from probabilities.</summary>
    private bool IsStatisticOfProbabilities(IOperation operand) =>
        Eval(operand).IsProbability && !CarriesProbability(operand, new HashSet<ISymbol>(SymbolEqualityComparer.Default), depth: 0);

    private const int MaxStatisticDepth = 8;

    /// <summary>True when an exp or probability reaches <paramref name="operation"/> by a path that folds none (see the type's summary).</summary>
    private bool CarriesProbability(IOperation operation, HashSet<ISymbol> visited, int depth)
    {
        operation = Unwrap(operation)!;
        if (!IsExpOrProbability(operation))
        {
            return false;
        }

        if (depth > MaxStatisticDepth || ExpOperand(operation) is not null)
        {
            return true;
        }

        switch (operation)
        {
            case ILocalReferenceOperation or IParameterReferenceOperation or IFieldReferenceOperation when VariableOf(operation) is { } variable:
                return !IsAccumulator(variable) && visited.Add(variable)
                    && WritesCarry(WritesOf(variable).Select(write => (write.Operation, write.Value)), visited, depth);
            case IArrayElementReferenceOperation or IPropertyReferenceOperation { Property.IsIndexer: true } when RootOf(operation) is { } root:
                return visited.Add(root) && WritesCarry(
                    ElementWritesInto(root).Select(write => (write.Operation, write.Value)), visited, depth);
            default:
                var inputs = operation.ChildOperations.Select(child => child is IArgumentOperation argument ? argument.Value : child).Where(IsExpOrProbability).ToList();
                return inputs.Count == 0 || inputs.Any(input => CarriesProbability(input, visited, depth + 1));
        }
    }

    private bool IsExpOrProbability(IOperation operation) => Eval(operation) is { } facts && (facts.IsProbability || facts.Exps.Count > 0);

    /// <summary>
    /// True when a plain write brings an exp or probability by a path that folds none, or when no write brings one (the
    /// model does not see where it comes from). A compound addition folds; a compound division or product rescales.
    /// </summary>
    private bool WritesCarry(IEnumerable<(IOperation Operation, IOperation? Value)> writes, HashSet<ISymbol> visited, int depth)
    {
        var bringsAny = false;
        foreach (var (write, value) in writes)
        {
            if (value is null || !IsExpOrProbability(value))
            {
                continue;
            }

            if (write is ICompoundAssignmentOperation compound)
            {
                bringsAny |= compound.OperatorKind is BinaryOperatorKind.Add or BinaryOperatorKind.Subtract;
                continue;
            }

            bringsAny = true;
            if (CarriesProbability(value, visited, depth + 1))
            {
                return true;
            }
        }

        return !bringsAny;
    }
}
