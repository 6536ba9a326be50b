using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace LayerGen.Analyzers.Softmax.Model;

/// <summary>
/// A call of the user's own element-wise map (<c>x.Map(v =&gt; MathF.Exp(v) / sum)</c> on a tensor type of the same
/// file, an <c>Apply</c> extension, a static <c>Tensor.Map(t, f)</c>) is read like <c>Enumerable.Select</c> with the
/// same delegate: its lambda is a walk over the mapped container's elements (<see cref="IteratingCall"/>), its element
/// parameter is one element (<see cref="SourceView"/>), and what it returns is the sequence of the lambda's results
/// (<see cref="InvocationView"/>). Whether a method is such a map is decided from its body (<see cref="ElementMapReader"/>);
/// without this the exps inside the lambda had no element facts and a raw softmax written with it no LG0003.
/// </summary>
internal sealed partial class SoftmaxModel
{
    private readonly Dictionary<IInvocationOperation, UserMapCall?> _userMaps = new();

    /// <summary>What a call of a user map passes: the container mapped and the delegate applied to each element.</summary>
    private sealed class UserMapCall
    {
        public UserMapCall(IOperation source, IOperation selector, bool returnsMapped)
        {
            Source = source;
            Selector = selector;
            ReturnsMapped = returnsMapped;
        }

        public IOperation Source { get; }

        public IOperation Selector { get; }

        public bool ReturnsMapped { get; }
    }

    /// <summary>The container and delegate of <paramref name="call"/> when it calls a user element-wise map; null otherwise.</summary>
    private UserMapCall? UserElementMap(IInvocationOperation call)
    {
        if (!_userMaps.TryGetValue(call, out var known))
        {
            known = ReadUserElementMap(call);
            _userMaps[call] = known;
        }

        return known;
    }

    private UserMapCall? ReadUserElementMap(IInvocationOperation call)
    {
        var method = (call.TargetMethod.ReducedFrom ?? call.TargetMethod).OriginalDefinition;
        if (SourceModel is not { } model || !ElementMapReader.MayBeElementMap(method, model.SyntaxTree))
        {
            return null;
        }

        var shape = Symbols.ElementMaps.GetOrAdd(method, map => ElementMapReader.Read(map, model, Symbols, _cancellationToken));
        if (shape.IsNone)
        {
            return null;
        }

        var source = shape.SourceOrdinal == ElementMapShape.Receiver ? call.Instance : ElementMapReader.ArgumentAt(call, shape.SourceOrdinal);
        var selector = ElementMapReader.ArgumentAt(call, shape.DelegateOrdinal);
        return source is null || selector is null ? null : new UserMapCall(source, selector, shape.ReturnsMapped);
    }

    /// <summary>True when <paramref name="lambda"/> is the delegate a user element-wise map applies (<see cref="UserElementMap"/>).</summary>
    private bool IsUserMapSelector(IInvocationOperation call, IAnonymousFunctionOperation lambda) =>
        UserElementMap(call) is { } map && PastDelegateCreation(map.Selector) == lambda;
}
