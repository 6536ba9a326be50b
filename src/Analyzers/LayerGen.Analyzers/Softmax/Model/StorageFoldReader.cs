using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace LayerGen.Analyzers.Softmax.Model;

/// <summary>
/// Decides from a user method's source whether it folds its instance's whole element storage (the one instance field
/// of a numeric array or list, <see cref="ElementMapReader.StorageFieldOf"/>) into a sum, max or min, as
/// <c>Enumerable.Sum</c>/<c>Max</c>/<c>Min</c> of the instance would: <c>public double Sum() =&gt; Values.Sum();</c>, or a
/// local accumulated over a walk of the storage and returned (<c>foreach (var v in _data) t += v; return t;</c>,
/// <c>for (i = 0; i &lt; _data.Length; i++) m = Math.Max(m, _data[i])</c>, <c>if (v &gt; m) m = v</c>).
/// Jagged storage (one <c>double[][]</c> field) is walked row by row: <c>foreach (var row in _rows) foreach (var v in row)</c>,
/// <c>_rows[i][j]</c> with <c>i</c> and <c>j</c> bounded by the storage's and the row's lengths. Anything else
/// (a part of the storage, another field, a scaled element, a virtual method, a body in another file) is no such fold.
/// </summary>
internal static class StorageFoldReader
{
    /// <summary>A method larger than this is not read (such a fold is a few lines).</summary>
    private const int MaxBodyNodes = 300;

    /// <summary>The fold <paramref name="method"/> (declared in <paramref name="model"/>'s file) makes of its storage; null when it is none.</summary>
    public static ReductionKind? Read(IMethodSymbol method, SemanticModel model, WellKnownSymbols symbols, CancellationToken cancellationToken)
    {
        if (method is not { MethodKind: MethodKind.Ordinary, IsStatic: false, IsAbstract: false, IsVirtual: false, IsOverride: false, IsExtern: false, Parameters.Length: 0 }
            || !WellKnownSymbols.IsNumeric(method.ReturnType)
            || method.ContainingType is not { TypeKind: TypeKind.Class or TypeKind.Struct } type
            || (ElementMapReader.StorageFieldOf(type) ?? JaggedStorageFieldOf(type)) is not { } storage
            || method.DeclaringSyntaxReferences.Length != 1 || method.DeclaringSyntaxReferences[0].SyntaxTree != model.SyntaxTree
            || method.DeclaringSyntaxReferences[0].GetSyntax(cancellationToken) is not MethodDeclarationSyntax declaration
            || declaration.DescendantNodes().Skip(MaxBodyNodes).Any()
            || model.GetOperation(declaration, cancellationToken) is not { } body)
        {
            return null;
        }

        var returns = body.Descendants().OfType<IReturnOperation>().ToList();
        if (returns.Count != 1 || SoftmaxModel.Unwrap(returns[0].ReturnedValue) is not { } returned)
        {
            return null;
        }

        if (returned is IInvocationOperation { Arguments.Length: 1 } linq && IsStorage(linq.Arguments[0].Value, storage))
        {
            return symbols.IsEnumerable(linq.TargetMethod, "Sum") ? ReductionKind.Sum
                : symbols.IsEnumerable(linq.TargetMethod, "Max") ? ReductionKind.Max
                : symbols.IsEnumerable(linq.TargetMethod, "Min") ? ReductionKind.Min
                : null;
        }

        return returned is ILocalReferenceOperation { Local: var accumulator } ? AccumulatedFold(body, accumulator, storage, symbols) : null;
    }

    /// <summary>
    /// The fold every write of <paramref name="accumulator"/> makes: a start outside loops (a constant or the first
    /// element), and inside walks of the storage one kind of step with the walked element; null for any other write.
    /// </summary>
    private static ReductionKind? AccumulatedFold(IOperation body, ILocalSymbol accumulator, IFieldSymbol storage, WellKnownSymbols symbols)
    {
        ReductionKind? kind = null;
        foreach (var operation in body.Descendants())
        {
            ReductionKind? step;
            switch (operation)
            {
                case IVariableDeclaratorOperation { Symbol: var declared } declarator when SymbolEqualityComparer.Default.Equals(declared, accumulator):
                    if (declarator.Initializer is not { Value: var start } || !IsStart(start, storage))
                    {
                        return null;
                    }

                    continue;
                case ICompoundAssignmentOperation { OperatorKind: BinaryOperatorKind.Add } add when SoftmaxModel.References(add.Target, accumulator):
                    step = IsElement(add.Value, add, storage) ? ReductionKind.Sum : null;
                    break;
                case ISimpleAssignmentOperation assignment when SoftmaxModel.References(assignment.Target, accumulator):
                    step = Step(assignment, accumulator, storage, symbols, out var isStart);
                    if (isStart)
                    {
                        continue;
                    }

                    break;
                case IIncrementOrDecrementOperation or ICompoundAssignmentOperation or IDeconstructionAssignmentOperation
                    when operation.Descendants().OfType<ILocalReferenceOperation>().Any(read => read.Local.Equals(accumulator, SymbolEqualityComparer.Default) && IsWriteTarget(read)):
                    return null;
                case IArgumentOperation { Parameter.RefKind: not RefKind.None, Value: var passed } when SoftmaxModel.References(passed, accumulator):
                    return null;
                default:
                    continue;
            }

            if (step is null || kind is not null && kind != step)
            {
                return null;
            }

            kind = step;
        }

        return kind;
    }

    /// <summary>An assignment of the accumulator: a start outside any loop, or a max/min/sum step with the walked element.</summary>
    private static ReductionKind? Step(ISimpleAssignmentOperation assignment, ILocalSymbol accumulator, IFieldSymbol storage, WellKnownSymbols symbols, out bool isStart)
    {
        isStart = EnclosingLoop(assignment) is null && IsStart(assignment.Value, storage);
        if (isStart)
        {
            return null;
        }

        switch (SoftmaxModel.Unwrap(assignment.Value))
        {
            case IInvocationOperation { Arguments.Length: 2 } extremum when symbols.IsScalarMax(extremum.TargetMethod) || symbols.IsScalarMin(extremum.TargetMethod):
                var (left, right) = (extremum.Arguments[0].Value, extremum.Arguments[1].Value);
                var foldsElement = SoftmaxModel.References(left, accumulator) && IsElement(right, assignment, storage) || SoftmaxModel.References(right, accumulator) && IsElement(left, assignment, storage);
                return !foldsElement ? null : symbols.IsScalarMax(extremum.TargetMethod) ? ReductionKind.Max : ReductionKind.Min;
            case IBinaryOperation { OperatorKind: BinaryOperatorKind.Add } add:
                return SoftmaxModel.References(add.LeftOperand, accumulator) && IsElement(add.RightOperand, assignment, storage)
                    || SoftmaxModel.References(add.RightOperand, accumulator) && IsElement(add.LeftOperand, assignment, storage) ? ReductionKind.Sum : null;
            case var value when value is not null && IsElement(value, assignment, storage) && GuardOf(assignment) is IBinaryOperation comparison:
                // if (v > m) m = v keeps the larger: a max; if (v < m) m = v a min.
                return KeptWhenHolds(comparison, assignment, accumulator, storage);
            case IConditionalOperation { WhenFalse: { } whenFalse } choice when SoftmaxModel.Unwrap(choice.Condition) is IBinaryOperation comparison:
                // m = v > m ? v : m is if (v > m) m = v; m = v > m ? m : v keeps the other one.
                var kept = KeptWhenHolds(comparison, assignment, accumulator, storage);
                return IsElement(choice.WhenTrue, assignment, storage) && SoftmaxModel.References(whenFalse, accumulator) ? kept
                    : SoftmaxModel.References(choice.WhenTrue, accumulator) && IsElement(whenFalse, assignment, storage) ? kept switch
                    {
                        ReductionKind.Max => ReductionKind.Min,
                        ReductionKind.Min => ReductionKind.Max,
                        _ => null,
                    }
                    : null;
            default:
                return null;
        }
    }

    /// <summary>
    /// What the accumulator becomes when it takes the element where <paramref name="comparison"/> of the element with
    /// the accumulator holds: a max for <c>v &gt; m</c> (or <c>m &lt; v</c>), a min for <c>v &lt; m</c>; null otherwise.
    /// </summary>
    private static ReductionKind? KeptWhenHolds(IBinaryOperation comparison, ISimpleAssignmentOperation assignment, ILocalSymbol accumulator, IFieldSymbol storage)
    {
        var elementFirst = IsElement(comparison.LeftOperand, assignment, storage) && SoftmaxModel.References(comparison.RightOperand, accumulator);
        var elementSecond = SoftmaxModel.References(comparison.LeftOperand, accumulator) && IsElement(comparison.RightOperand, assignment, storage);
        var greater = comparison.OperatorKind is BinaryOperatorKind.GreaterThan or BinaryOperatorKind.GreaterThanOrEqual;
        var less = comparison.OperatorKind is BinaryOperatorKind.LessThan or BinaryOperatorKind.LessThanOrEqual;
        return elementFirst && greater || elementSecond && less ? ReductionKind.Max
            : elementFirst && less || elementSecond && greater ? ReductionKind.Min
            : null;
    }

    /// <summary>The condition of the <c>if</c> whose only statement is <paramref name="assignment"/>, with no <c>else</c>.</summary>
    private static IOperation? GuardOf(ISimpleAssignmentOperation assignment)
    {
        IOperation current = assignment.Parent is IExpressionStatementOperation statement ? statement : assignment;
        if (current.Parent is IBlockOperation { Operations.Length: 1 } block)
        {
            current = block;
        }

        return current.Parent is IConditionalOperation { WhenFalse: null } branch && branch.WhenTrue == current ? SoftmaxModel.Unwrap(branch.Condition) : null;
    }

    /// <summary>A start value: a constant (<c>0</c>, <c>double.NegativeInfinity</c>) or the storage's first element.</summary>
    private static bool IsStart(IOperation value, IFieldSymbol storage) =>
        SoftmaxModel.Unwrap(value) is { ConstantValue.HasValue: true }
        || SoftmaxModel.Unwrap(value) is IArrayElementReferenceOperation { Indices: [{ ConstantValue: { HasValue: true, Value: 0 } }] } first && IsStorage(first.ArrayReference, storage)
        || SoftmaxModel.Unwrap(value) is IPropertyReferenceOperation { Property.IsIndexer: true, Arguments: [{ Value.ConstantValue: { HasValue: true, Value: 0 } }] } slot && IsStorage(slot.Instance, storage);

    /// <summary>
    /// The element a walk over the whole storage is at: the variable of <c>foreach (var v in storage)</c>, or
    /// <c>storage[i]</c> with <c>i</c> the variable of a <c>for</c> that runs while <c>i &lt; storage.Length</c> (or <c>Count</c>).
    /// </summary>
    private static bool IsElement(IOperation value, IOperation at, IFieldSymbol storage)
    {
        switch (SoftmaxModel.Unwrap(value))
        {
            case ILocalReferenceOperation { Local: var local }:
                for (var current = at.Parent; current is not null; current = current.Parent)
                {
                    if (current is IForEachLoopOperation { LoopControlVariable: IVariableDeclaratorOperation { Symbol: var declared } } loop
                        && SymbolEqualityComparer.Default.Equals(declared, local))
                    {
                        return IsStorage(loop.Collection, storage) || IsRowOfStorage(loop.Collection, at, storage);
                    }
                }

                return false;
            case IArrayElementReferenceOperation { Indices: [var index] } element when IsRowOfStorage(element.ArrayReference, at, storage):
                // rows[i][j], row[j] of jagged storage: j walks a row of it.
                return WalksBound(index, at, measured => IsRowOfStorage(measured, at, storage));
            case IArrayElementReferenceOperation { Indices: [var index] } element:
                return IsStorage(element.ArrayReference, storage) && WalksStorage(index, at, storage);
            case IPropertyReferenceOperation { Property.IsIndexer: true, Arguments: [var argument] } slot:
                return IsStorage(slot.Instance, storage) && WalksStorage(argument.Value, at, storage);
            default:
                return false;
        }
    }

    /// <summary>
    /// The one instance field holding rows of numbers (<c>double[][] _rows</c>) of a type with no flat storage: the
    /// storage a whole-matrix fold walks row by row; null when there is none or several.
    /// </summary>
    private static IFieldSymbol? JaggedStorageFieldOf(ITypeSymbol type)
    {
        IFieldSymbol? found = null;
        foreach (var member in type.OriginalDefinition.GetMembers())
        {
            if (member is IFieldSymbol { IsStatic: false, IsConst: false, Type: IArrayTypeSymbol { Rank: 1, ElementType: IArrayTypeSymbol { Rank: 1, ElementType: var held } } } field
                && WellKnownSymbols.IsNumeric(held))
            {
                if (found is not null)
                {
                    return null;
                }

                found = field;
            }
        }

        return found;
    }

    /// <summary>
    /// A row of jagged storage at <paramref name="at"/>: the variable of an enclosing <c>foreach</c> over the storage,
    /// or <c>storage[i]</c> with <c>i</c> walking it.
    /// </summary>
    private static bool IsRowOfStorage(IOperation? operand, IOperation at, IFieldSymbol storage)
    {
        if (storage.Type is not IArrayTypeSymbol { ElementType: IArrayTypeSymbol })
        {
            return false;
        }

        switch (SoftmaxModel.Unwrap(operand))
        {
            case ILocalReferenceOperation { Local: var local }:
                for (var current = at.Parent; current is not null; current = current.Parent)
                {
                    if (current is IForEachLoopOperation { LoopControlVariable: IVariableDeclaratorOperation { Symbol: var declared } } loop
                        && SymbolEqualityComparer.Default.Equals(declared, local))
                    {
                        return IsStorage(loop.Collection, storage);
                    }
                }

                return false;
            case IArrayElementReferenceOperation { Indices: [var index] } row:
                return IsStorage(row.ArrayReference, storage) && WalksStorage(index, at, storage);
            default:
                return false;
        }
    }

    /// <summary>True when <paramref name="index"/> is the variable of an enclosing <c>for</c> bounded by the storage's length.</summary>
    private static bool WalksStorage(IOperation index, IOperation at, IFieldSymbol storage) =>
        WalksBound(index, at, measured => IsStorage(measured, storage));

    /// <summary>True when <paramref name="index"/> is the variable of an enclosing <c>for</c> bounded by the length of what <paramref name="isMeasured"/> accepts.</summary>
    private static bool WalksBound(IOperation index, IOperation at, System.Func<IOperation?, bool> isMeasured)
    {
        if (SoftmaxModel.Unwrap(index) is not ILocalReferenceOperation { Local: var variable })
        {
            return false;
        }

        for (var current = at.Parent; current is not null; current = current.Parent)
        {
            if (current is IForLoopOperation forLoop && forLoop.Locals.Contains(variable, SymbolEqualityComparer.Default))
            {
                return forLoop.Condition is IBinaryOperation { OperatorKind: BinaryOperatorKind.LessThan } bound
                    && SoftmaxModel.Unwrap(bound.LeftOperand) is ILocalReferenceOperation { Local: var bounded } && SymbolEqualityComparer.Default.Equals(bounded, variable)
                    && SoftmaxModel.Unwrap(bound.RightOperand) is IPropertyReferenceOperation { Property.Name: "Length" or "Count", Instance: var measured } && isMeasured(measured);
            }
        }

        return false;
    }

    /// <summary>The storage field of <c>this</c> (or the auto-property it backs), read directly.</summary>
    private static bool IsStorage(IOperation? operand, IFieldSymbol storage) => SoftmaxModel.Unwrap(operand) switch
    {
        IFieldReferenceOperation { Field: var field, Instance: var instance } =>
            SymbolEqualityComparer.Default.Equals(field.OriginalDefinition, storage) && SoftmaxModel.Unwrap(instance) is IInstanceReferenceOperation,
        IPropertyReferenceOperation { Property: { IsIndexer: false } property, Instance: var instance } =>
            storage.AssociatedSymbol is { } backed && SymbolEqualityComparer.Default.Equals(backed, property.OriginalDefinition) && SoftmaxModel.Unwrap(instance) is IInstanceReferenceOperation,
        _ => false,
    };

    private static bool IsWriteTarget(ILocalReferenceOperation read) => read.Parent switch
    {
        IIncrementOrDecrementOperation step => step.Target == read,
        ICompoundAssignmentOperation compound => compound.Target == read,
        _ => read.Parent is ITupleOperation,
    };

    private static ILoopOperation? EnclosingLoop(IOperation operation)
    {
        for (var current = operation.Parent; current is not null; current = current.Parent)
        {
            if (current is ILoopOperation loop)
            {
                return loop;
            }
        }

        return null;
    }
}
