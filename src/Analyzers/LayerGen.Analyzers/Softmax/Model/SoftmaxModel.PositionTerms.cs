using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace LayerGen.Analyzers.Softmax.Model;

/// <summary>
/// Position terms are not max shifts. fast_align's <c>exp(logT[i, j] - λ·|i/m − j/n|)</c>, ALiBi's
/// <c>exp(s[i, j] - slope·|i − j|)</c> and a recency decay <c>exp(x[t] - γ·(T − t))</c> subtract a value computed from
/// the positions of the loops that walk the exponentiated data: it changes element by element and reads none of the
/// data, so it bounds nothing (the data is unbounded above). A maximum is one number per softmax slice; a term that
/// names a loop position in its arithmetic (not only as an index, as <c>rowMax[r]</c> does) is no maximum. Every
/// additive part of the term must do so: <c>m + λ·h</c> keeps <c>m</c>, which may be a maximum passed in.
/// </summary>
internal sealed partial class SoftmaxModel
{
    private const int MaxPositionDepth = 4;

    /// <summary>True when every additive part of <paramref name="shift"/> is computed from a position of a loop along which <paramref name="exp"/>'s argument varies.</summary>
    private bool IsPositionTerm(IOperation shift, IOperation exp)
    {
        var term = Eval(shift);
        var argument = ExpArgument(exp);
        return argument.Dims.Count > 0 && term.Exps.Count == 0 && !term.IsOpaque && !term.RawRoots.Overlaps(argument.RawRoots)
            && ReductionAt(shift, exp) is null
            && EveryPartReadsPosition(shift, exp, argument, new HashSet<ISymbol>(SymbolEqualityComparer.Default), depth: 0);
    }

    /// <summary>Splits <paramref name="term"/> over + and − (and unary minus) and asks each part for a position.</summary>
    private bool EveryPartReadsPosition(IOperation? term, IOperation exp, ValueFacts argument, HashSet<ISymbol> visited, int depth) => Unwrap(term) switch
    {
        IBinaryOperation { OperatorKind: BinaryOperatorKind.Add or BinaryOperatorKind.Subtract } sum =>
            EveryPartReadsPosition(sum.LeftOperand, exp, argument, visited, depth) && EveryPartReadsPosition(sum.RightOperand, exp, argument, visited, depth),
        IUnaryOperation { OperatorKind: UnaryOperatorKind.Minus or UnaryOperatorKind.Plus } unary => EveryPartReadsPosition(unary.Operand, exp, argument, visited, depth),
        ILocalReferenceOperation { Local: var local } read when InductionLoop(local, read) is null =>
            depth < MaxPositionDepth && visited.Add(local) && WritesOf(local) is { Count: > 0 } writes
            && writes.All(write => write.Value is { } value && EveryPartReadsPosition(value, exp, argument, visited, depth + 1)),
        var part => ReadsPosition(part, exp, argument, visited, depth),
    };

    /// <summary>
    /// True when <paramref name="operation"/>'s arithmetic (not an element index, not a comparison) reads the induction
    /// variable of a loop that holds <paramref name="exp"/> and walks its argument, directly or through locals.
    /// </summary>
    private bool ReadsPosition(IOperation? operation, IOperation exp, ValueFacts argument, HashSet<ISymbol> visited, int depth)
    {
        switch (Unwrap(operation))
        {
            case ILocalReferenceOperation { Local: var local } read:
                if (InductionLoop(local, read) is { } loop)
                {
                    return Contains(loop, exp) && argument.Dims.ContainsKey(loop);
                }

                return depth < MaxPositionDepth && visited.Add(local)
                    && WritesOf(local).Any(write => ReadsPosition(write.Value, exp, argument, visited, depth + 1));
            case IBinaryOperation binary when !IsComparison(binary.OperatorKind):
                return ReadsPosition(binary.LeftOperand, exp, argument, visited, depth) || ReadsPosition(binary.RightOperand, exp, argument, visited, depth);
            case IUnaryOperation unary:
                return ReadsPosition(unary.Operand, exp, argument, visited, depth);
            case IConditionalOperation { WhenFalse: { } whenFalse } conditional:
                return ReadsPosition(conditional.WhenTrue, exp, argument, visited, depth) || ReadsPosition(whenFalse, exp, argument, visited, depth);
            case IInvocationOperation { TargetMethod: { IsStatic: true, Name: not ("Max" or "Min" or "MaxNumber" or "MinNumber") } method } call
                when WellKnownSymbols.IsScalarMathFunction(method):
                // |i/m − j/n| through Math.Abs, a decay through Math.Pow: a maximum of several values may be a maximum.
                return call.Arguments.Any(argumentOperation => ReadsPosition(argumentOperation.Value, exp, argument, visited, depth));
            default:
                return false;
        }
    }

    private static bool IsComparison(BinaryOperatorKind kind) => kind is BinaryOperatorKind.Equals or BinaryOperatorKind.NotEquals
        or BinaryOperatorKind.LessThan or BinaryOperatorKind.LessThanOrEqual or BinaryOperatorKind.GreaterThan or BinaryOperatorKind.GreaterThanOrEqual;
}
