using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace LayerGen.Analyzers.Softmax.Model;

/// <summary>
/// A property whose setter keeps the larger of its store and the value assigned (<c>set { if (value &gt; field) field =
/// value; }</c>, <c>set =&gt; field = MathF.Max(field, value)</c>, with the C# 14 <c>field</c> keyword or an explicit
/// backing field): each assignment <c>tracker.Highest = v</c> folds <c>v</c> into the property, as
/// <c>tracker.Highest = Math.Max(tracker.Highest, v)</c> would. Only a setter that does nothing else is read so.
/// </summary>
internal sealed partial class SoftmaxModel
{
    private readonly Dictionary<IPropertySymbol, ReductionKind?> _setterFolds = new(SymbolEqualityComparer.Default);

    /// <summary><see cref="ReductionKind.Max"/> when <paramref name="property"/>'s setter is a max fold of the value (see the type's summary); null otherwise.</summary>
    private ReductionKind? SetterFoldKind(IPropertySymbol property)
    {
        property = property.OriginalDefinition;
        if (_setterFolds.TryGetValue(property, out var known))
        {
            return known;
        }

        _setterFolds[property] = null;
        var kind = property is { IsIndexer: false, SetMethod: { DeclaringSyntaxReferences.Length: 1 } setter }
            && setter.DeclaringSyntaxReferences[0].GetSyntax(_cancellationToken) is AccessorDeclarationSyntax accessor
            && SourceModel is { } model && accessor.SyntaxTree == model.SyntaxTree
            && BodySyntax.SingleNode(accessor.ExpressionBody, accessor.Body) is { } body && model.GetOperation(body, _cancellationToken) is { } operation
            && IsMaxOfValue(operation, setter)
                ? ReductionKind.Max
                : (ReductionKind?)null;
        _setterFolds[property] = kind;
        return kind;
    }

    /// <summary><c>store = Max(store, value)</c>, <c>store = value &gt; store ? value : store</c> or <c>if (value &gt; store) store = value;</c>.</summary>
    private bool IsMaxOfValue(IOperation operation, IMethodSymbol setter)
    {
        switch (operation)
        {
            case IExpressionStatementOperation statement:
                return IsMaxOfValue(statement.Operation, setter);
            case IBlockOperation { Operations.Length: 1 } block:
                return IsMaxOfValue(block.Operations[0], setter);
            case IConditionalOperation { WhenFalse: null, Condition: IBinaryOperation condition } guard
                when IsSetterStoreOfValue(guard.WhenTrue, setter, out var store) && ValueIsLarger(condition, store!, setter):
                return true;
            case ISimpleAssignmentOperation { Target: IFieldReferenceOperation store } assignment:
                return Unwrap(assignment.Value) switch
                {
                    IInvocationOperation { Arguments.Length: 2 } max when Symbols.IsScalarMax(max.TargetMethod) =>
                        IsValue(max.Arguments[0].Value, setter) && IsStore(max.Arguments[1].Value, store.Field)
                        || IsStore(max.Arguments[0].Value, store.Field) && IsValue(max.Arguments[1].Value, setter),
                    IConditionalOperation { Condition: IBinaryOperation condition, WhenFalse: { } whenFalse } ternary =>
                        ValueIsLarger(condition, store.Field, setter) && IsValue(ternary.WhenTrue, setter) && IsStore(whenFalse, store.Field),
                    _ => false,
                };
            default:
                return false;
        }
    }

    /// <summary><c>store = value</c> (as a statement or a block of one), with the store's field.</summary>
    private static bool IsSetterStoreOfValue(IOperation operation, IMethodSymbol setter, out IFieldSymbol? store)
    {
        store = null;
        while (operation is IBlockOperation { Operations.Length: 1 } block)
        {
            operation = block.Operations[0];
        }

        if (operation is IExpressionStatementOperation { Operation: ISimpleAssignmentOperation { Target: IFieldReferenceOperation field } assignment } && IsValue(assignment.Value, setter))
        {
            store = field.Field;
            return true;
        }

        return false;
    }

    /// <summary><c>value &gt; store</c>, <c>value &gt;= store</c>, <c>store &lt; value</c>, <c>store &lt;= value</c>.</summary>
    private static bool ValueIsLarger(IBinaryOperation condition, IFieldSymbol store, IMethodSymbol setter) => condition.OperatorKind switch
    {
        BinaryOperatorKind.GreaterThan or BinaryOperatorKind.GreaterThanOrEqual => IsValue(condition.LeftOperand, setter) && IsStore(condition.RightOperand, store),
        BinaryOperatorKind.LessThan or BinaryOperatorKind.LessThanOrEqual => IsStore(condition.LeftOperand, store) && IsValue(condition.RightOperand, setter),
        _ => false,
    };

    private static bool IsValue(IOperation operation, IMethodSymbol setter) =>
        Unwrap(operation) is IParameterReferenceOperation { Parameter: var parameter }
        && SymbolEqualityComparer.Default.Equals(parameter.ContainingSymbol?.OriginalDefinition, setter.OriginalDefinition);

    private static bool IsStore(IOperation operation, IFieldSymbol store) =>
        Unwrap(operation) is IFieldReferenceOperation { Instance: null or IInstanceReferenceOperation } field && SymbolEqualityComparer.Default.Equals(field.Field, store);
}
