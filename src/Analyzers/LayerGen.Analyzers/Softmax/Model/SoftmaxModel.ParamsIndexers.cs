using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace LayerGen.Analyzers.Softmax.Model;

/// <summary>
/// The indices of an indexer read, one per dimension in order. A fixed-arity indexer's are its arguments; an indexer
/// with a <c>params</c> index list (ONNX Runtime's <c>DenseTensor&lt;T&gt;.this[params int[] indices]</c>, a C# 13
/// <c>params ReadOnlySpan&lt;int&gt;</c>) receives one array or span, whose elements are the dimensions:
/// <c>scores[0, a, c]</c>, <c>scores[new[] { 0, a, c }]</c> and <c>scores[[0, a, c]]</c> are all the indices
/// <c>0, a, c</c>. A list whose elements are not written out (a spread, an array variable) stays one opaque index.
/// </summary>
internal sealed partial class SoftmaxModel
{
    /// <summary>The index values of <paramref name="indexer"/>, with a <c>params</c> list's written-out elements in its place.</summary>
    private static IReadOnlyList<IOperation> IndexerIndexValues(IPropertyReferenceOperation indexer)
    {
        var values = new List<IOperation>(indexer.Arguments.Length);
        foreach (var argument in indexer.Arguments)
        {
            if (argument.Parameter is { IsParams: true } && WrittenOutElements(argument.Value) is { } elements)
            {
                values.AddRange(elements);
            }
            else
            {
                values.Add(argument.Value);
            }
        }

        return values;
    }

    /// <summary>The elements of an array creation with an initializer or a collection expression without spreads; else null.</summary>
    private static IReadOnlyList<IOperation>? WrittenOutElements(IOperation list)
    {
        switch (Unwrap(list))
        {
            case IArrayCreationOperation { Initializer: { ElementValues.Length: > 0 } initializer }:
                return initializer.ElementValues;
            case ICollectionExpressionOperation { Elements.Length: > 0 } collection:
                foreach (var element in collection.Elements)
                {
                    if (element is ISpreadOperation)
                    {
                        return null;
                    }
                }

                return collection.Elements;
            default:
                return null;
        }
    }
}
