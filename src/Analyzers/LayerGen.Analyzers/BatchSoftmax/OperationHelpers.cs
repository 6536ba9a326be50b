using System;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace LayerGen.Analyzers.BatchSoftmax;

/// <summary>Small, null-tolerant helpers over <see cref="IOperation"/> trees.</summary>
internal static class OperationHelpers
{
    /// <summary>Skips conversions and parentheses: <c>(double)(x[i] - m)</c> → <c>x[i] - m</c>.</summary>
    public static IOperation? Unwrap(IOperation? operation)
    {
        while (true)
        {
            switch (operation)
            {
                case IConversionOperation conversion:
                    operation = conversion.Operand;
                    break;
                case IParenthesizedOperation parenthesized:
                    operation = parenthesized.Operand;
                    break;
                default:
                    return operation;
            }
        }
    }

    /// <summary>The local, parameter, field or (non-indexer) property an operation reads, or null.</summary>
    public static ISymbol? ReferencedSymbol(IOperation? operation) => Unwrap(operation) switch
    {
        ILocalReferenceOperation local => local.Local,
        IParameterReferenceOperation parameter => parameter.Parameter,
        IFieldReferenceOperation field => field.Field,
        IPropertyReferenceOperation { Property.IsIndexer: false } property => property.Property,
        _ => null,
    };

    /// <summary>True when <paramref name="operation"/> reads exactly <paramref name="symbol"/>.</summary>
    public static bool References(IOperation? operation, ISymbol? symbol) =>
        symbol is not null && SymbolEqualityComparer.Default.Equals(ReferencedSymbol(operation), symbol);

    /// <summary>The variable an element reference ultimately indexes: <c>y</c> for <c>y[i][j]</c>, <c>y[i, j]</c>, <c>y[k]</c>.</summary>
    public static ISymbol? BufferSymbol(IOperation? operation)
    {
        operation = Unwrap(operation);
        while (true)
        {
            switch (operation)
            {
                case IArrayElementReferenceOperation element:
                    operation = Unwrap(element.ArrayReference);
                    break;
                case IPropertyReferenceOperation { Property.IsIndexer: true } indexer:
                    operation = Unwrap(indexer.Instance);
                    break;
                default:
                    return ReferencedSymbol(operation);
            }
        }
    }

    /// <summary>Source containment; both operations must come from the same tree.</summary>
    public static bool Contains(IOperation? outer, IOperation? inner) =>
        outer is not null && inner is not null
        && outer.Syntax.SyntaxTree == inner.Syntax.SyntaxTree
        && outer.Syntax.Span.Contains(inner.Syntax.Span);

    /// <summary>
    /// The loop that iterates <paramref name="local"/>: a <c>for</c> loop declaring or initialising it, or a
    /// <c>foreach</c> loop whose iteration variable it is; searched from <paramref name="from"/> outwards.
    /// </summary>
    public static IOperation? LoopOf(ILocalSymbol? local, IOperation from)
    {
        if (local is null)
        {
            return null;
        }

        for (var current = from.Parent; current is not null; current = current.Parent)
        {
            switch (current)
            {
                case IForLoopOperation forLoop when DeclaresOrInitialises(forLoop, local):
                    return forLoop;
                case IForEachLoopOperation forEach when Contains(forEach.Locals, local):
                    return forEach;
            }
        }

        return null;
    }

    /// <summary>The local an index expression is, or null (<c>i</c> → i; <c>i + 1</c> → null).</summary>
    public static ILocalSymbol? IndexLocal(IOperation? index) => Unwrap(index) is ILocalReferenceOperation reference ? reference.Local : null;

    /// <summary>True when the operation or any descendant satisfies <paramref name="predicate"/>.</summary>
    public static bool Any(IOperation? operation, Func<IOperation, bool> predicate)
    {
        if (operation is null)
        {
            return false;
        }

        if (predicate(operation))
        {
            return true;
        }

        foreach (var descendant in operation.Descendants())
        {
            if (predicate(descendant))
            {
                return true;
            }
        }

        return false;
    }

    private static bool DeclaresOrInitialises(IForLoopOperation loop, ILocalSymbol local)
    {
        if (Contains(loop.Locals, local))
        {
            return true;
        }

        foreach (var before in loop.Before)
        {
            if (Unwrap(before) is IExpressionStatementOperation { Operation: ISimpleAssignmentOperation assignment }
                && References(assignment.Target, local))
            {
                return true;
            }

            if (before is ISimpleAssignmentOperation direct && References(direct.Target, local))
            {
                return true;
            }
        }

        return false;
    }

    private static bool Contains(System.Collections.Immutable.ImmutableArray<ILocalSymbol> locals, ILocalSymbol local)
    {
        foreach (var candidate in locals)
        {
            if (SymbolEqualityComparer.Default.Equals(candidate, local))
            {
                return true;
            }
        }

        return false;
    }
}
