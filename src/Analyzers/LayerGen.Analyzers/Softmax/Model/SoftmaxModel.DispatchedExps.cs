using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace LayerGen.Analyzers.Softmax.Model;

/// <summary>
/// An exp reached through a call whose body is chosen at run time (branch helperexp; review41 R04, R08): an interface
/// member (<c>f.Apply(x[i])</c> with <c>IAct f</c>), an abstract or a virtual method (<c>a.F(x[i])</c>), also as a
/// method group (<c>x.Select(a.F)</c>). The call is an exp of its argument, as a call of an exp helper is
/// (<see cref="IsExpHelper"/>), only when every body that may run is one: the one of the receiver's type when the
/// receiver is created right there (<c>new ExpAct()</c>, or a local written once with one), else every implementation
/// in the compilation (<see cref="Implementations"/>); a virtual member called on a receiver typed as a class that is not
/// abstract is that class's own body (review42: main's reading, kept). Precision first: an implementation that cannot be seen, none at
/// all, or one that is no exp of its parameter (a shift inside it, another function) leaves the call unknown.
/// </summary>
internal sealed partial class SoftmaxModel
{
    /// <summary>
    /// True when a call of <paramref name="method"/> on <paramref name="receiver"/> runs an exp helper: <see cref="IsExpHelper"/>,
    /// and for a method whose body is chosen at run time every body that may run (some, with <paramref name="anyBody"/>).
    /// </summary>
    private bool IsCalledExpHelper(IMethodSymbol method, IOperation? receiver, bool anyBody = false) =>
        Implementations.IsDispatched(method) ? IsDispatchedExpHelper(method, receiver, anyBody) : IsExpHelper(method);

    /// <summary>
    /// True when <paramref name="method"/>, called on <paramref name="receiver"/>, runs only exp helpers (see the type
    /// summary); with <paramref name="anyBody"/>, when some body it may run is one (the cheap gate of a model).
    /// </summary>
    private bool IsDispatchedExpHelper(IMethodSymbol method, IOperation? receiver, bool anyBody = false)
    {
        if (method.Parameters.Length != 1 || !Implementations.IsDispatched(method))
        {
            return false;
        }

        if (CreatedType(receiver) is { } type)
        {
            return Implementations.For(type, method.OriginalDefinition) is { } body && IsExpHelper(body);
        }

        // A virtual member called on a receiver typed as a class that is not abstract: that class's own body is what the
        // call names, and a raw exp there is one (review42 H04, H24: the base Act.Apply is Math.Exp(v), an override of
        // another class may differ or forward to base). Only interface and abstract receivers need every body to agree.
        if (!anyBody && StaticClassType(receiver) is { } declared && Implementations.For(declared, method.OriginalDefinition) is { } own && IsExpHelper(own))
        {
            return true;
        }

        return Symbols.Implementations.Of(method, _cancellationToken) is { IsDefaultOrEmpty: false } bodies && (anyBody ? bodies.Any(IsExpHelper) : bodies.All(IsExpHelper));
    }

    /// <summary>
    /// The static type of <paramref name="receiver"/> when it is a class that is not abstract (one may be created of it),
    /// also the class a type parameter is constrained to (<c>T f</c> with <c>T : Act</c>: T may be exactly Act, review43
    /// H12); null otherwise.
    /// </summary>
    private static INamedTypeSymbol? StaticClassType(IOperation? receiver) => Unwrap(receiver)?.Type switch
    {
        INamedTypeSymbol { TypeKind: TypeKind.Class, IsAbstract: false } type => type,
        ITypeParameterSymbol parameter => parameter.ConstraintTypes.OfType<INamedTypeSymbol>().FirstOrDefault(constraint => constraint is { TypeKind: TypeKind.Class, IsAbstract: false }),
        _ => null,
    };

    /// <summary>The type of the object <paramref name="receiver"/> is when it is created there or held by a local written once with one; null otherwise.</summary>
    private INamedTypeSymbol? CreatedType(IOperation? receiver)
    {
        receiver = Unwrap(receiver);
        if (receiver is ILocalReferenceOperation { Local: var local } && _writesCollected && WritesOf(local) is [{ Value: { } written }])
        {
            receiver = Unwrap(written);
        }

        return receiver is IObjectCreationOperation { Type: INamedTypeSymbol type } ? type : null;
    }
}
