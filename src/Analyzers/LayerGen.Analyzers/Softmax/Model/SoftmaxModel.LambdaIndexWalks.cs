using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace LayerGen.Analyzers.Softmax.Model;

/// <summary>
/// A LINQ lambda over a collection of integers whose element parameter is used only as an index
/// (<c>neighbourLists[i].Select(j =&gt; MathF.Exp(scores[j]))</c>, <c>nb[i].Max(j =&gt; Vector3.Dot(q, keys[j]))</c>) walks
/// that collection's members exactly as <c>foreach (int j in neighbourLists[i])</c> does: once per listed index, in
/// order, reading the data at each. It is read as the same index walk (IndexWalks.cs, Gathers.cs): <c>j</c> steps with
/// the lambda, <c>scores[j]</c> gathers from the list the loop picks, and a list no loop picks may span the buffer.
/// A parameter read as a number anywhere (<c>Select(j =&gt; MathF.Exp(j * 0.1f))</c>, <c>counts.Select(c =&gt; c / total)</c>)
/// is data, not a position, and stays the element it was.
/// </summary>
internal sealed partial class SoftmaxModel
{
    private readonly Dictionary<IParameterSymbol, IAnonymousFunctionOperation?> _lambdaIndexWalks = new(SymbolEqualityComparer.Default);

    /// <summary>
    /// The lambda whose element <paramref name="parameter"/> walks an index list: an integer element of a LINQ call over
    /// a collection that is no <c>Enumerable.Range</c> (those are inductions, <see cref="IndexParameterLoop"/>), read only
    /// inside the indices of element accesses. Null otherwise. One scan of the lambda per parameter (memo).
    /// </summary>
    private IAnonymousFunctionOperation? LambdaIndexWalk(IParameterSymbol parameter)
    {
        if (_lambdaIndexWalks.TryGetValue(parameter, out var cached))
        {
            return cached;
        }

        // Placed first: the checks below read views, which may ask about this parameter again.
        _lambdaIndexWalks[parameter] = null;
        IAnonymousFunctionOperation? walk = null;
        if (IsIndexType(parameter.Type) && LambdaOf(parameter) is { } lambda && IteratingCall(lambda) is { } call
            && Symbols.IsLinqOperatorType(call.TargetMethod.ContainingType) && parameter.Ordinal == ElementOrdinal(call)
            && WalkedCollection(call) is { } collection && !IsRangeCall(collection)
            && IndexParameterLoop(parameter) is null && IsReadOnlyAsIndex(lambda, parameter))
        {
            walk = lambda;
        }

        _lambdaIndexWalks[parameter] = walk;
        return walk;
    }

    /// <summary>The collection a lambda index walk steps through (<c>neighbourLists[i]</c>), or null for any other lambda.</summary>
    private IOperation? LambdaIndexWalkCollection(IAnonymousFunctionOperation lambda) =>
        IteratingCall(lambda) is { } call && lambda.Symbol.Parameters.Length > ElementOrdinal(call)
            && LambdaIndexWalk(lambda.Symbol.Parameters[ElementOrdinal(call)]) == lambda
            ? WalkedCollection(call)
            : null;

    /// <summary>
    /// The walk an index variable steps with and the list it walks: the <c>foreach</c> of an integer local
    /// (<see cref="IndexWalk"/>) or the lambda of an index-walk parameter; null for any other read.
    /// </summary>
    private (IOperation Walk, IOperation Collection)? IndexWalkRead(IOperation? read) => Unwrap(read) switch
    {
        ILocalReferenceOperation { Local: var local } when IndexWalk(local) is { } forEach => (forEach, forEach.Collection),
        IParameterReferenceOperation { Parameter: var parameter } when LambdaIndexWalk(parameter) is { } lambda
            && LambdaIndexWalkCollection(lambda) is { } collection => (lambda, collection),
        _ => null,
    };

    /// <summary>The sequence a LINQ call iterates: its receiver, or its first argument in static-call form.</summary>
    private static IOperation? WalkedCollection(IInvocationOperation call) =>
        Unwrap(call.Instance ?? (call.Arguments.Length > 0 ? call.Arguments[0].Value : null));

    private bool IsRangeCall(IOperation collection) =>
        collection is IInvocationOperation range && Symbols.IsEnumerable(range.TargetMethod, "Range");

    /// <summary>
    /// True when every read of <paramref name="parameter"/> in <paramref name="lambda"/> sits in the index of an element
    /// access, alone or in index arithmetic (<c>keys[j]</c>, <c>x[row + j]</c>, <c>x[j * cols + c]</c>); any other use
    /// (a number in the arithmetic, a call argument, a comparison) makes it data.
    /// </summary>
    private static bool IsReadOnlyAsIndex(IAnonymousFunctionOperation lambda, IParameterSymbol parameter)
    {
        var reads = 0;
        foreach (var node in lambda.Body.DescendantsAndSelf())
        {
            if (node is not IParameterReferenceOperation reference || !SymbolEqualityComparer.Default.Equals(reference.Parameter, parameter))
            {
                continue;
            }

            reads++;
            if (!IsInIndex(reference))
            {
                return false;
            }
        }

        return reads > 0;
    }

    private static bool IsInIndex(IOperation reference)
    {
        var child = reference;
        var parent = reference.Parent;
        while (parent is IConversionOperation or IParenthesizedOperation
            or IBinaryOperation { OperatorKind: BinaryOperatorKind.Add or BinaryOperatorKind.Subtract or BinaryOperatorKind.Multiply })
        {
            child = parent;
            parent = parent.Parent;
        }

        return parent switch
        {
            IArrayElementReferenceOperation element => element.Indices.Contains(child),
            IArgumentOperation { Parent: IPropertyReferenceOperation { Property.IsIndexer: true } } => true,
            _ => false,
        };
    }
}
