using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace LayerGen.Analyzers.Softmax.Model;

/// <summary>
/// A wrapper type of the user's (a <c>Vector</c> holding one <c>double[]</c>) is read as the buffer of its elements
/// where its elements are walked: as the container of its own element-wise map (<c>x.Map(f)</c>, UserMaps.cs) and as the
/// receiver of its own fold of that storage (<c>public double Sum() =&gt; Values.Sum();</c>, a loop returning the
/// total or the max: <see cref="StorageFoldReader"/>). Such a fold is read as <c>Enumerable.Sum</c>/<c>Max</c>/<c>Min</c>
/// of the instance it is called on, so <c>x.Map(e =&gt; Math.Exp(e)).Sum()</c> sums the map's results as
/// <c>x.Select(e =&gt; Math.Exp(e)).Sum()</c> does.
/// </summary>
internal sealed partial class SoftmaxModel
{
    /// <summary>The fold of its instance's storage a call of a user method returns; null for any other call.</summary>
    private ReductionKind? UserStorageFold(IInvocationOperation call)
    {
        var method = call.TargetMethod.OriginalDefinition;
        if (call.Instance is null || method.Parameters.Length != 0 || !WellKnownSymbols.IsNumeric(method.ReturnType)
            || SourceModel is not { } model || method.DeclaringSyntaxReferences.Length != 1 || method.DeclaringSyntaxReferences[0].SyntaxTree != model.SyntaxTree)
        {
            return null;
        }

        return Symbols.StorageFolds.GetOrAdd(method, fold => StorageFoldReader.Read(fold, model, Symbols, _cancellationToken));
    }

    /// <summary>
    /// The view of a container whose elements a user map or storage fold walks: its ordinary view, or for a variable of
    /// a wrapper type with one element storage field (<see cref="ElementMapReader.StorageFieldOf"/>) a buffer of those elements.
    /// </summary>
    private BufferView? ContainerView(IOperation? container)
    {
        if (EvalView(container) is { } view)
        {
            return view;
        }

        var unwrapped = Unwrap(container);
        return unwrapped?.Type is { TypeKind: TypeKind.Class or TypeKind.Struct } type && type.DeclaringSyntaxReferences.Length > 0 && !WellKnownSymbols.IsBuffer(type)
            && ElementMapReader.StorageFieldOf(type) is { } storage && VariableOf(unwrapped) is { } variable
            ? RootView(variable, storage.Type)
            : null;
    }
}
