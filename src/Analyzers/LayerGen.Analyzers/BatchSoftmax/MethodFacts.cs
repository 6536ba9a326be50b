using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace LayerGen.Analyzers.BatchSoftmax;

/// <summary>
/// What one pass over an operation block learns: local initialisers, <c>foreach</c> variables, every write to a
/// variable, which variables receive exp values, and the exp calls and divisions to check.
/// </summary>
internal sealed class MethodFacts
{
    private readonly Dictionary<ILocalSymbol, IOperation> _initializers = new(SymbolEqualityComparer.Default);
    private readonly Dictionary<ILocalSymbol, IForEachLoopOperation> _forEachLoops = new(SymbolEqualityComparer.Default);
    private readonly Dictionary<ISymbol, List<IOperation>> _writes = new(SymbolEqualityComparer.Default);
    private readonly HashSet<ISymbol> _expWritten = new(SymbolEqualityComparer.Default);

    private MethodFacts(SoftmaxSymbols symbols) => Symbols = symbols;

    public SoftmaxSymbols Symbols { get; }

    /// <summary>Every operation in the block, in tree order.</summary>
    public List<IOperation> Operations { get; } = new();

    public List<IInvocationOperation> ExpCalls { get; } = new();

    /// <summary>Binary divisions and <c>/=</c> compound assignments.</summary>
    public List<IOperation> Divisions { get; } = new();

    /// <summary>True when the block holds invalid operations (code that does not compile).</summary>
    public bool HasInvalidCode { get; private set; }

    public static MethodFacts Collect(IOperation root, SoftmaxSymbols symbols)
    {
        var facts = new MethodFacts(symbols);
        facts.Visit(root);
        foreach (var operation in root.Descendants())
        {
            facts.Visit(operation);
        }

        return facts;
    }

    /// <summary>The initial value of a local declared with exactly one initialiser, or null.</summary>
    public IOperation? InitializerOf(ISymbol? local) =>
        local is ILocalSymbol key && _initializers.TryGetValue(key, out var value) ? value : null;

    /// <summary>The <c>foreach</c> loop whose iteration variable <paramref name="local"/> is, or null.</summary>
    public IForEachLoopOperation? ForEachOf(ISymbol? local) =>
        local is ILocalSymbol key && _forEachLoops.TryGetValue(key, out var loop) ? loop : null;

    /// <summary>Assignments, declarations, increments and ref/out arguments that write <paramref name="symbol"/>.</summary>
    public IReadOnlyList<IOperation> WritesOf(ISymbol symbol) =>
        _writes.TryGetValue(symbol, out var list) ? list : (IReadOnlyList<IOperation>)System.Array.Empty<IOperation>();

    /// <summary>True when some assignment stores a value computed with exp into <paramref name="symbol"/> (or its elements).</summary>
    public bool IsExpWritten(ISymbol? symbol) => symbol is not null && _expWritten.Contains(symbol);

    /// <summary>True when the value is an exp, contains one, or reads a variable that received one.</summary>
    public bool IsExpDerived(IOperation? value) =>
        OperationHelpers.Any(value, operation => operation switch
        {
            IInvocationOperation invocation => Symbols.IsExp(invocation.TargetMethod),
            ILocalReferenceOperation local => IsExpWritten(local.Local),
            IArrayElementReferenceOperation or IPropertyReferenceOperation { Property.IsIndexer: true } =>
                IsExpWritten(OperationHelpers.BufferSymbol(operation)),
            _ => false,
        });

    private void Visit(IOperation operation)
    {
        Operations.Add(operation);
        switch (operation)
        {
            case IInvalidOperation:
                HasInvalidCode = true;
                break;
            case IInvocationOperation invocation when Symbols.IsExp(invocation.TargetMethod):
                ExpCalls.Add(invocation);
                break;
            case IBinaryOperation { OperatorKind: BinaryOperatorKind.Divide }:
            case ICompoundAssignmentOperation { OperatorKind: BinaryOperatorKind.Divide }:
                Divisions.Add(operation);
                break;
            case IVariableDeclaratorOperation declarator:
                if (declarator.Initializer is { } initializer)
                {
                    _initializers[declarator.Symbol] = initializer.Value;
                    AddWrite(declarator.Symbol, declarator);
                    MarkExpWritten(declarator.Symbol, initializer.Value);
                }

                break;
            case IForEachLoopOperation forEach:
                foreach (var local in forEach.Locals)
                {
                    _forEachLoops[local] = forEach;
                }

                break;
        }

        switch (operation)
        {
            case IAssignmentOperation assignment:
                RecordWrite(assignment.Target, assignment);
                MarkExpWritten(OperationHelpers.BufferSymbol(assignment.Target), assignment.Value);
                break;
            case IIncrementOrDecrementOperation increment:
                RecordWrite(increment.Target, increment);
                break;
            case IArgumentOperation { Parameter.RefKind: RefKind.Ref or RefKind.Out } argument:
                RecordWrite(argument.Value, argument);
                break;
        }
    }

    private void RecordWrite(IOperation target, IOperation write)
    {
        if (OperationHelpers.ReferencedSymbol(target) is { } symbol)
        {
            AddWrite(symbol, write);
        }
    }

    private void AddWrite(ISymbol symbol, IOperation write)
    {
        if (!_writes.TryGetValue(symbol, out var list))
        {
            list = new List<IOperation>();
            _writes[symbol] = list;
        }

        list.Add(write);
    }

    private void MarkExpWritten(ISymbol? symbol, IOperation value)
    {
        // Tree order: a local assigned from exp is seen before the statement that copies it into the output.
        if (symbol is not null && IsExpDerived(value))
        {
            _expWritten.Add(symbol);
        }
    }
}
