using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace LayerGen.Analyzers.Softmax.Model;

/// <summary>
/// A user type's indexer whose getter returns one element of the type's own array storage at an index computed from
/// its parameters (<c>public float this[int k, int j] =&gt; Data[(j * Classes) + k];</c>) is read, where the receiver's
/// storage is what the method also reads, as that element with the caller's arguments in place of the parameters:
/// <c>this[k, j]</c> is <c>Data[(j * Classes) + k]</c>, so a fold of <c>Data</c> and exps read through the indexer are of
/// one buffer. The receiver is <c>this</c>, or a variable whose storage the method names (<c>t.Data.Max()</c> with
/// <c>t[k, j]</c>); any other receiver keeps its indexer's own dimensions (a variable per instance, not conflated with
/// the storage member all instances share).
/// </summary>
internal sealed partial class SoftmaxModel
{
    /// <summary>A getter larger than this is not read (such a getter is one element access).</summary>
    private const int MaxIndexerGetterNodes = 60;

    /// <summary>Per indexer, the storage element its getter returns; null when it returns anything else.</summary>
    private readonly Dictionary<IPropertySymbol, IArrayElementReferenceOperation?> _indexerElements = new(SymbolEqualityComparer.Default);

    /// <summary>
    /// The storage (in the getter's terms) and the indices, in the caller's terms, that <paramref name="indexer"/> reads;
    /// null when its getter is no such element or the receiver's storage is not read by the method.
    /// </summary>
    private (IOperation Storage, IReadOnlyList<IOperation> Indices, IReadOnlyList<LinearIndex> Linear)? UserIndexerElement(IPropertyReferenceOperation indexer)
    {
        if (indexer is not { Property.IsIndexer: true, Instance: { } instance } || IndexerStorageElement(indexer.Property.OriginalDefinition) is not { } element
            || !ReadsReceiverStorage(instance, element.ArrayReference))
        {
            return null;
        }

        var arguments = new Dictionary<int, IOperation>();
        foreach (var argument in indexer.Arguments)
        {
            if (argument.Parameter is null || argument.ArgumentKind != ArgumentKind.Explicit)
            {
                return null;
            }

            arguments[argument.Parameter.Ordinal] = argument.Value;
        }

        var linear = new List<LinearIndex>();
        foreach (var index in element.Indices)
        {
            if (SubstitutedLinear(index, arguments) is not { } substituted)
            {
                return null;
            }

            linear.Add(substituted);
        }

        return (element.ArrayReference, element.Indices, linear);
    }

    /// <summary>
    /// True when <paramref name="receiver"/> is <c>this</c>, or a variable the method also reads the storage member of
    /// (<c>t.Data</c>): then the indexer's element and the storage's are of one instance.
    /// </summary>
    private bool ReadsReceiverStorage(IOperation receiver, IOperation storage)
    {
        receiver = Unwrap(receiver)!;
        if (receiver is IInstanceReferenceOperation)
        {
            return true;
        }

        if (VariableOf(receiver) is not { } variable || VariableOf(storage) is not { } member)
        {
            return false;
        }

        return _root.Descendants().Any(operation => operation is IMemberReferenceOperation { Member: var read, Instance: { } owner }
            && SymbolEqualityComparer.Default.Equals(read.OriginalDefinition, member) && SymbolEqualityComparer.Default.Equals(VariableOf(owner), variable));
    }

    /// <summary>The element of its own array storage the getter of <paramref name="indexer"/> returns, read from source; else null.</summary>
    private IArrayElementReferenceOperation? IndexerStorageElement(IPropertySymbol indexer)
    {
        if (_indexerElements.TryGetValue(indexer, out var known))
        {
            return known;
        }

        IArrayElementReferenceOperation? result = null;
        if (indexer is { IsStatic: false, IsAbstract: false, IsVirtual: false, IsOverride: false, GetMethod: { } getter } && WellKnownSymbols.IsNumeric(indexer.Type)
            && indexer.ContainingType is { TypeKind: TypeKind.Class or TypeKind.Struct } && SourceModel is { } model
            && getter.DeclaringSyntaxReferences.Length == 1 && getter.DeclaringSyntaxReferences[0].SyntaxTree == model.SyntaxTree
            && ReturnedExpression(getter.DeclaringSyntaxReferences[0].GetSyntax(_cancellationToken)) is { } returned
            && !returned.DescendantNodes().Skip(MaxIndexerGetterNodes).Any()
            && Unwrap(model.GetOperation(returned, _cancellationToken)) is IArrayElementReferenceOperation element
            && Unwrap(element.ArrayReference) is IMemberReferenceOperation { Instance: var owner } storage && Unwrap(owner) is IInstanceReferenceOperation
            && storage is IFieldReferenceOperation or IPropertyReferenceOperation { Property.IsIndexer: false }
            && element.ArrayReference.Type is IArrayTypeSymbol { ElementType: var elementType } && WellKnownSymbols.IsNumeric(elementType))
        {
            result = element;
        }

        _indexerElements[indexer] = result;
        return result;
    }

    /// <summary>The expression a getter returns: its expression body, or the value of its only statement <c>return e;</c>.</summary>
    private static ExpressionSyntax? ReturnedExpression(SyntaxNode getter) => getter switch
    {
        ArrowExpressionClauseSyntax { Expression: var body } => body,
        IndexerDeclarationSyntax { ExpressionBody.Expression: var body } => body,
        AccessorDeclarationSyntax { ExpressionBody.Expression: var body } => body,
        AccessorDeclarationSyntax { Body.Statements: [ReturnStatementSyntax { Expression: { } value }] } => value,
        _ => null,
    };

    /// <summary>
    /// <paramref name="index"/> (of a getter) as loops times strides with each parameter replaced by the caller's
    /// argument (by position: the getter's parameters are the accessor's, the caller's arguments the indexer's); null
    /// where a parameter stands anywhere but in a sum, difference or product.
    /// </summary>
    private LinearIndex? SubstitutedLinear(IOperation index, IReadOnlyDictionary<int, IOperation> arguments)
    {
        index = Unwrap(index)!;
        switch (index)
        {
            case IParameterReferenceOperation { Parameter: var parameter }:
                return arguments.TryGetValue(parameter.Ordinal, out var argument) ? Linear(argument) : null;
            case IBinaryOperation { OperatorKind: BinaryOperatorKind.Add or BinaryOperatorKind.Subtract or BinaryOperatorKind.Multiply } binary:
                if (SubstitutedLinear(binary.LeftOperand, arguments) is not { } left || SubstitutedLinear(binary.RightOperand, arguments) is not { } right)
                {
                    return null;
                }

                return binary.OperatorKind switch
                {
                    BinaryOperatorKind.Add => left.Add(right),
                    BinaryOperatorKind.Subtract => left.Add(Negate(right)),
                    _ => left.Multiply(right),
                };
            default:
                return index.DescendantsAndSelf().OfType<IParameterReferenceOperation>().Any() ? null : Linear(index);
        }
    }
}
