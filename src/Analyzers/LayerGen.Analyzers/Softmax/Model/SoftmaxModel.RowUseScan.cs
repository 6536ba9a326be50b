using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace LayerGen.Analyzers.Softmax.Model;

/// <summary>
/// One scan of the method's block for the whole-row check (<see cref="SoftmaxModel.WalksWholeExpsRow"/>): which variables
/// the block writes (assignment, deconstruction, increment, declaration, <c>foreach</c>, ref/out argument, ref local),
/// which arrays it hands on in any way other than reading elements, lengths, a <c>foreach</c> or a LINQ reader
/// (an alias, a <c>Span</c> view, a ref, a copy or helper call: then a write through another name cannot be excluded),
/// where it writes their elements, whether it calls source methods (which may write fields) and whether it jumps by goto.
/// Lambdas and local functions are part of the block, so their writes count wherever they are called.
/// </summary>
internal sealed class RowUseScan
{
    private readonly Dictionary<ISymbol, List<IOperation>> _writes = new(SymbolEqualityComparer.Default);
    private readonly Dictionary<ISymbol, List<IOperation>> _elementWrites = new(SymbolEqualityComparer.Default);
    private readonly HashSet<ISymbol> _escaping = new(SymbolEqualityComparer.Default);
    private readonly Dictionary<ISymbol, List<ILocalSymbol>> _rowLocals = new(SymbolEqualityComparer.Default);

    /// <summary>True when the block calls a method or reads a property declared in source (other than its own local functions).</summary>
    public bool CallsSourceMethods { get; private set; }

    /// <summary>True when the block jumps by <c>goto</c> (textual order is then no order of execution).</summary>
    public bool HasGoto { get; private set; }

    /// <summary>
    /// Every operation that may change the variable itself (not its elements), for a proof that it does not change.
    /// Wider on purpose than the model's <c>WritesOf</c> table (which keeps writes with their values for folds and
    /// resets): a <c>ref</c> local's declaration also counts as a write of the variable it aliases, a <c>foreach</c>
    /// binds its locals, and every <c>ref</c>/<c>out</c> argument counts, also one the model reads as taking an address only;
    /// and no write is synthesised (no struct reset, no tuple element).
    /// </summary>
    public IReadOnlyList<IOperation> ConservativeWritesOf(ISymbol variable) =>
        _writes.TryGetValue(variable, out var list) ? list : System.Array.Empty<IOperation>();

    /// <summary>The element targets written in the array (<c>v[n][j] = …</c>, <c>v[n, j] /= z</c>).</summary>
    public IReadOnlyList<IOperation> ElementWritesOf(ISymbol array) =>
        _elementWrites.TryGetValue(array, out var list) ? list : System.Array.Empty<IOperation>();

    /// <summary>The locals declared as a row of the array (<c>var row = v[n];</c>): the array stays unhanded only if they do too.</summary>
    public IReadOnlyList<ILocalSymbol> RowLocalsOf(ISymbol array) =>
        _rowLocals.TryGetValue(array, out var list) ? list : System.Array.Empty<ILocalSymbol>();

    /// <summary>True when the array, or a row of it, is used otherwise than read (see the type's summary).</summary>
    public bool Escapes(ISymbol array) => _escaping.Contains(array);

    /// <summary>Scans <paramref name="root"/> once; <paramref name="isLinqReader"/> says whether a call only reads its sequence arguments.</summary>
    public static RowUseScan Collect(IOperation root, System.Func<IMethodSymbol, bool> isLinqReader)
    {
        var scan = new RowUseScan();
        foreach (var operation in root.DescendantsAndSelf())
        {
            switch (operation)
            {
                case IBranchOperation { BranchKind: BranchKind.GoTo }:
                    scan.HasGoto = true;
                    break;
                case IInvocationOperation { TargetMethod: var method } when method.MethodKind != MethodKind.LocalFunction && IsInSource(method):
                case IPropertyReferenceOperation { Property: var property } when IsInSource(property):
                case IObjectCreationOperation { Constructor: { } constructor } when IsInSource(constructor):
                    scan.CallsSourceMethods = true;
                    break;
                case IAssignmentOperation assignment:
                    scan.AddTargets(assignment.Target, operation);
                    break;
                case IIncrementOrDecrementOperation step:
                    scan.AddTargets(step.Target, operation);
                    break;
                case IVariableDeclaratorOperation declarator:
                    if (declarator.GetVariableInitializer() is { } initializer)
                    {
                        scan.Add(declarator.Symbol, operation);
                        if (declarator.Symbol.IsRef && SoftmaxModel.VariableOf(initializer.Value) is { } aliased)
                        {
                            scan.Add(aliased, operation);
                        }
                    }

                    break;
                case IForEachLoopOperation { Locals: var locals }:
                    foreach (var local in locals)
                    {
                        scan.Add(local, operation);
                    }

                    break;
                case IArgumentOperation { Parameter.RefKind: RefKind.Ref or RefKind.Out } byReference:
                    scan.AddTargets(byReference.Value, operation);
                    break;
            }

            if (operation is ILocalReferenceOperation or IParameterReferenceOperation or IFieldReferenceOperation && operation.Type is IArrayTypeSymbol)
            {
                scan.ClassifyArrayUse(operation, isLinqReader);
            }
        }

        return scan;
    }

    private static bool IsInSource(ISymbol symbol)
    {
        foreach (var location in symbol.Locations)
        {
            if (location.IsInSource)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Records the variables a target writes: itself, or each element of a deconstruction's tuple.</summary>
    private void AddTargets(IOperation? target, IOperation write)
    {
        switch (target)
        {
            case ITupleOperation tuple:
                foreach (var element in tuple.Elements)
                {
                    AddTargets(element, write);
                }

                break;
            case IDeclarationExpressionOperation declaration:
                AddTargets(declaration.Expression, write);
                break;
            case IConversionOperation or IParenthesizedOperation:
                AddTargets(SoftmaxModel.Unwrap(target), write);
                break;
            default:
                Add(SoftmaxModel.VariableOf(target), write);
                break;
        }
    }

    private bool AddRowLocal(ISymbol array, ILocalSymbol row)
    {
        if (!_rowLocals.TryGetValue(array, out var list))
        {
            list = new List<ILocalSymbol>();
            _rowLocals[array] = list;
        }

        list.Add(row);
        return true;
    }

    private void Add(ISymbol? variable, IOperation write)
    {
        if (variable is null)
        {
            return;
        }

        if (!_writes.TryGetValue(variable, out var list))
        {
            list = new List<IOperation>();
            _writes[variable] = list;
        }

        list.Add(write);
    }

    /// <summary>
    /// A reference to an array variable: its element chain read (fine), written (an element write), or the array or a row
    /// of it used in any way but a length, a <c>foreach</c> over numbers or a LINQ reader (it escapes).
    /// </summary>
    private void ClassifyArrayUse(IOperation reference, System.Func<IMethodSymbol, bool> isLinqReader)
    {
        var symbol = SoftmaxModel.VariableOf(reference);
        if (symbol is null || _escaping.Contains(symbol))
        {
            return;
        }

        var top = reference;
        while (top.Parent is IArrayElementReferenceOperation element && element.ArrayReference == top)
        {
            top = element;
        }

        var use = SoftmaxModel.UnwrapUp(top);

        if (top.Type is not IArrayTypeSymbol array)
        {
            switch (use.Parent)
            {
                case IAssignmentOperation assignment when assignment.Target == use:
                case IIncrementOrDecrementOperation step when step.Target == use:
                case ITupleOperation:
                    if (!_elementWrites.TryGetValue(symbol, out var writes))
                    {
                        writes = new List<IOperation>();
                        _elementWrites[symbol] = writes;
                    }

                    writes.Add(top);
                    return;
                case IArgumentOperation { Parameter.RefKind: not RefKind.None }:
                case IVariableInitializerOperation { Parent: IVariableDeclaratorOperation { Symbol.IsRef: true } }:
                case IReturnOperation:
                    _escaping.Add(symbol);
                    return;
                default:
                    return;
            }
        }

        var numericElements = array.ElementType.SpecialType is SpecialType.System_Double or SpecialType.System_Single;
        var readOnly = use.Parent switch
        {
            IPropertyReferenceOperation { Property.Name: "Length" or "LongLength" or "Rank" } length => length.Instance == use,
            IInvocationOperation { TargetMethod.Name: "GetLength" or "GetLongLength" or "GetUpperBound" or "GetLowerBound" } call => call.Instance == use,
            IForEachLoopOperation loop => numericElements && loop.Collection == use,
            IArgumentOperation { Parent: IInvocationOperation call } => numericElements && isLinqReader(call.TargetMethod),
            IInvocationOperation call => numericElements && call.Instance == use && isLinqReader(call.TargetMethod),
            IVariableInitializerOperation { Parent: IVariableDeclaratorOperation { Symbol: { IsRef: false } row } } when top != reference && numericElements => AddRowLocal(symbol, row),
            _ => false,
        };
        if (!readOnly)
        {
            _escaping.Add(symbol);
        }
    }
}
