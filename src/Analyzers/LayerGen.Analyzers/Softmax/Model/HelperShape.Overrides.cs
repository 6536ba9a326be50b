using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace LayerGen.Analyzers.Softmax.Model;

/// <summary>
/// Dispatched hooks: a virtual or abstract method called on <c>this</c> whose one implementation the compilation shows
/// (<see cref="DispatchTargets"/>: a sealed subclass's override, the only override) runs that body, so it is inlined
/// like a member hook of the caller's own type (HeldOut74's <c>AbstractTemplate_SumFieldNeverReset</c>: the base's
/// template calls <c>OnExp(y[i, j])</c>, the sealed subclass's override is <c>_sum += e</c>). An override of a subclass
/// is inlined with <c>((Sub)this)</c> for <c>this</c>; a member of the subclass the base cannot access (its private
/// <c>_sum</c>) is a stand-in local of the inlined method (HelperInliner.Dispatch.cs). An interface or virtual method
/// called on a variable (<c>visitor.Visit(i, s)</c>) is read the same way on <c>((Impl)visitor)</c>.
/// </summary>
internal sealed partial class HelperShape
{
    /// <summary>
    /// True when <paramref name="method"/>, the implementation a call dispatches to, may be followed from
    /// <paramref name="owner"/>: an instance method of a non-generic class, not the owner itself.
    /// </summary>
    private static bool MayFollowDispatched(IMethodSymbol method, IMethodSymbol owner) =>
        !method.IsStatic && method.ContainingType is { IsGenericType: false, TypeKind: TypeKind.Class }
        && !SymbolEqualityComparer.Default.Equals(method.OriginalDefinition, owner.OriginalDefinition);

    /// <summary>
    /// For an override of another class inlined on <c>this</c>: true when every instance member it names is accessible
    /// from <paramref name="owner"/>'s type or is a field or auto-property the inliner can stand in for
    /// (<see cref="IsStandInMember"/>), and every other name means the same in the owner's declaration.
    /// </summary>
    private bool DispatchedNamesBindIn(IMethodSymbol owner, SemanticModel model, CancellationToken cancellationToken)
    {
        if (_hasUnboundName || owner.ContainingType is not { } within
            || owner.DeclaringSyntaxReferences.FirstOrDefault(reference => reference.SyntaxTree == model.SyntaxTree) is not { } declaration)
        {
            return false;
        }

        var members = _namedSymbols.Where(IsInstanceMember).Concat(Declaration.DescendantNodes().OfType<ThisExpressionSyntax>()
            .Select(self => self.Parent is MemberAccessExpressionSyntax access && access.Expression == self ? model.GetSymbolInfo(access, cancellationToken).Symbol : null)
            .OfType<ISymbol>());
        if (Declaration.DescendantNodes().OfType<ThisExpressionSyntax>().Any(self => self.Parent is not MemberAccessExpressionSyntax)
            || members.Any(member => !model.Compilation.IsSymbolAccessibleWithin(member, within) && !IsStandInMember(member, Method.ContainingType)))
        {
            return false;
        }

        return _namedSymbols.Where(read => !IsInstanceMember(read)).All(read =>
            model.LookupSymbols(declaration.Span.Start, name: read.Name).Any(symbol => SymbolEqualityComparer.Default.Equals(symbol.OriginalDefinition, read.OriginalDefinition)));
    }

    /// <summary>
    /// A member of <paramref name="type"/> that is only storage: an instance field, or an auto-property (no accessor
    /// bodies), declared in source. Inlined where it cannot be accessed, it is read and written as a local.
    /// </summary>
    internal static bool IsStandInMember(ISymbol member, INamedTypeSymbol? type) =>
        SymbolEqualityComparer.Default.Equals(member.ContainingType?.OriginalDefinition, type?.OriginalDefinition)
        && member switch
        {
            IFieldSymbol { IsStatic: false, IsConst: false, Type.TypeKind: not TypeKind.Error } => true,
            IPropertySymbol { IsStatic: false, IsIndexer: false, IsAbstract: false, IsVirtual: false, IsOverride: false, DeclaringSyntaxReferences: [var reference] }
                => reference.GetSyntax() is PropertyDeclarationSyntax { ExpressionBody: null, AccessorList: { } accessors }
                    && accessors.Accessors.All(accessor => accessor.Body is null && accessor.ExpressionBody is null),
            _ => false,
        };
}
