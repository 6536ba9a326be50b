using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace LayerGen.Analyzers.Softmax.Model;

/// <summary>
/// Virtual, abstract and interface members whose one implementation the compilation shows (<see cref="DispatchTargets"/>)
/// are read as that implementation: a hook method call (<c>OnExp(y[i, j])</c>) is inlined as its override's body
/// (HelperShape.Overrides.cs), a property read (<c>double d = Denominator;</c>) is its override's returned expression
/// when that is plain (<c>=&gt; _sum</c>). A subclass's override is read with <c>((Sub)this)</c> for <c>this</c>; a field
/// or auto-property of the subclass the method cannot access (its private <c>_sum</c>) becomes a local of the inlined
/// method, declared first and never reset by it: storage the method does not reset, as the member is (the hook and
/// property of one object share it). A method called on a local, parameter or field whose type has one implementation
/// of it (<c>visitor.Visit(i, s)</c> with one <c>ISliceVisitor</c>, <c>normalizer.Denominator(exps, i)</c>) is inlined the same
/// way on <c>((Impl)visitor)</c>, its inaccessible storage a stand-in per receiver. An unknown implementation (several,
/// or none in the compilation) stays a call or read.
/// </summary>
internal sealed partial class HelperInliner
{
    /// <summary>A dispatched property's returned expression larger than this is not substituted.</summary>
    private const int MaxDispatchedPropertyNodes = 40;

    /// <summary>Dispatched shapes per called member and receiver type (<c>member|type</c>).</summary>
    private readonly Dictionary<string, HelperShape?> _dispatchedShapes = new(System.StringComparer.Ordinal);

    /// <summary>Members of an implementation the method cannot access, per receiver (<c>member@receiver</c>) → their stand-in locals.</summary>
    private readonly Dictionary<string, string> _standIns = new(System.StringComparer.Ordinal);
    private readonly List<LocalDeclarationStatementSyntax> _standInDeclarations = new();

    /// <summary>
    /// The shape of the one implementation <paramref name="method"/> (virtual, abstract or an interface member) runs
    /// where <paramref name="call"/> calls it on <c>this</c> or on a local, parameter or field; null when unknown.
    /// </summary>
    private HelperShape? DispatchedShapeOf(InvocationExpressionSyntax call, IMethodSymbol method)
    {
        if (_scope.Receiver is not null || DispatchedReceiverType(call) is not { } receiverType)
        {
            return null;
        }

        var onThis = call.Expression is IdentifierNameSyntax or MemberAccessExpressionSyntax { Expression: ThisExpressionSyntax };
        var key = method.OriginalDefinition.ToDisplayString() + "|" + receiverType.ToDisplayString() + "|" + (onThis ? "this" : "variable");
        if (!_dispatchedShapes.TryGetValue(key, out var shape))
        {
            shape = method.DeclaringSyntaxReferences.Length > 0
                && DispatchTargets.SoleImplementation(method.OriginalDefinition, receiverType, _model.Compilation) is IMethodSymbol implementation
                    ? HelperShape.OfDispatched(implementation, _owner, _model, _cancellationToken, onThis)
                    : null;
            _dispatchedShapes[key] = shape;
        }

        return shape;
    }

    /// <summary>
    /// The static type of the object <paramref name="call"/> is made on: the method's own type for <c>M(…)</c> and
    /// <c>this.M(…)</c>, the declared type of a local, parameter or field for <c>v.M(…)</c>; null for any other receiver.
    /// </summary>
    private ITypeSymbol? DispatchedReceiverType(InvocationExpressionSyntax call) => call.Expression switch
    {
        IdentifierNameSyntax or MemberAccessExpressionSyntax { Expression: ThisExpressionSyntax } => _owner.IsStatic ? null : _owner.ContainingType,
        MemberAccessExpressionSyntax { RawKind: (int)SyntaxKind.SimpleMemberAccessExpression, Expression: IdentifierNameSyntax variable } =>
            _model.GetSymbolInfo(variable, _cancellationToken).Symbol switch
            {
                ILocalSymbol { RefKind: RefKind.None } local => local.Type,
                IParameterSymbol { RefKind: RefKind.None } parameter => parameter.Type,
                IFieldSymbol field => field.Type,
                _ => null,
            },
        _ => null,
    };

    /// <summary>
    /// What the dispatched implementation's <c>this</c> is where <paramref name="call"/> stands, in
    /// <paramref name="receiver"/>: null (its own type, on <c>this</c>), <c>((Sub)this)</c>, or <c>((Impl)variable)</c>;
    /// false when the variable does not rewrite.
    /// </summary>
    private bool TryDispatchedReceiver(InvocationExpressionSyntax call, HelperShape shape, out ExpressionSyntax? receiver)
    {
        receiver = null;
        if (call.Expression is IdentifierNameSyntax or MemberAccessExpressionSyntax { Expression: ThisExpressionSyntax })
        {
            receiver = HelperReach.IsOwnType(shape.Method, _owner) ? null : Cast(shape.Method, SyntaxFactory.ThisExpression(), call.SpanStart);
            return true;
        }

        if (call.Expression is MemberAccessExpressionSyntax { Expression: IdentifierNameSyntax variable } && Visit(variable) is ExpressionSyntax visited && IsPlain(visited))
        {
            receiver = Cast(shape.Method, visited.WithoutTrivia(), call.SpanStart);
            return true;
        }

        return false;
    }

    /// <summary><c>((Impl)receiver)</c>: the receiver as the type declaring <paramref name="implementation"/>.</summary>
    private ExpressionSyntax Cast(ISymbol implementation, ExpressionSyntax receiver, int position) =>
        SyntaxFactory.ParenthesizedExpression(SyntaxFactory.CastExpression(TypeSyntax(implementation.ContainingType, position), receiver));

    /// <summary>
    /// The stand-in local for <paramref name="member"/> when it is a field or auto-property of the dispatched
    /// implementation's type that the method's type cannot access; null otherwise (it is read through the receiver).
    /// Each receiver has its own stand-ins (two visitors keep two sums).
    /// </summary>
    private string? StandInFor(ISymbol member)
    {
        if (_scope.Helper is not { } helper || _owner.ContainingType is not { } within
            || !HelperShape.IsStandInMember(member, helper.ContainingType) || _model.Compilation.IsSymbolAccessibleWithin(member, within))
        {
            return null;
        }

        member = member.OriginalDefinition;
        var key = member.ToDisplayString() + "@" + (_scope.Receiver?.ToString() ?? "this");
        if (!_standIns.TryGetValue(key, out var name))
        {
            var type = member is IFieldSymbol field ? field.Type : ((IPropertySymbol)member).Type;
            if (!_model.Compilation.IsSymbolAccessibleWithin(type, within))
            {
                return null;
            }

            name = Allocate(new HashSet<string>(_usedNames, System.StringComparer.Ordinal), member.Name);
            _standIns[key] = name;
            var declaration = Declaration(type, name, _declaration.SpanStart, SyntaxFactory.LiteralExpression(SyntaxKind.DefaultLiteralExpression, SyntaxFactory.Token(SyntaxKind.DefaultKeyword)));
            _standInDeclarations.Add(member.DeclaringSyntaxReferences is [var reference]
                ? declaration.WithAdditionalAnnotations(InlinedBody.OriginOf(reference.GetSyntax(_cancellationToken)))
                : declaration);
        }

        return name;
    }

    /// <summary>True when <paramref name="name"/> is a stand-in local's (a member the inlined overrides share, not a local hiding one).</summary>
    private bool IsStandInName(string name) => _standIns.Count > 0 && _standIns.ContainsValue(name);

    /// <summary><paramref name="body"/> with the stand-in locals declared before its statements.</summary>
    private BlockSyntax WithStandIns(BlockSyntax body) =>
        _standInDeclarations.Count == 0 ? body : body.WithStatements(SyntaxFactory.List<StatementSyntax>(_standInDeclarations).AddRange(body.Statements));

    /// <summary>
    /// <c>this._sum</c> in a dispatched override (the stand-in), or <c>this.Denominator</c> read in the method (the
    /// override's returned expression); null for any other member access.
    /// </summary>
    private SyntaxNode? DispatchedMemberAccess(MemberAccessExpressionSyntax node)
    {
        if (node.Expression is not ThisExpressionSyntax || !node.IsKind(SyntaxKind.SimpleMemberAccessExpression))
        {
            return null;
        }

        if (_scope.Dispatched && _model.GetSymbolInfo(node, _cancellationToken).Symbol is { } member && StandInFor(member) is { } standIn)
        {
            return SyntaxFactory.IdentifierName(standIn).WithTriviaFrom(node);
        }

        return DispatchedPropertyValue(node);
    }

    /// <summary><c>Denominator</c> read by a simple name in the method: the override's returned expression; else null.</summary>
    private SyntaxNode? DispatchedPropertyRead(IdentifierNameSyntax node) =>
        node.Parent is MemberAccessExpressionSyntax { Name: var name } && name == node || node.Parent is MemberBindingExpressionSyntax or NameColonSyntax or NameEqualsSyntax
            ? null
            : DispatchedPropertyValue(node);

    /// <summary>
    /// The returned expression, in the method's terms, of the one getter a read of a virtual or abstract property of
    /// <c>this</c> runs (see the type's summary); null when <paramref name="read"/> is no such read, is written, or the
    /// getter returns anything but a small plain expression of members and constants.
    /// </summary>
    private SyntaxNode? DispatchedPropertyValue(ExpressionSyntax read)
    {
        if (_scope.Helper is not null || _owner.IsStatic || _owner.ContainingType is not { } type || _calls >= MaxCalls || read.SyntaxTree != _model.SyntaxTree
            || _model.GetSymbolInfo(read, _cancellationToken).Symbol is not IPropertySymbol { IsStatic: false, IsIndexer: false, GetMethod: not null, DeclaringSyntaxReferences.Length: > 0 } property
            || !(property.IsAbstract || property.IsVirtual || property.IsOverride) || IsWritten(read)
            || DispatchTargets.SoleImplementation(property.OriginalDefinition, type, _model.Compilation) is not IPropertySymbol { GetMethod: { } getter } implementation
            || implementation.DeclaringSyntaxReferences is not [var reference] || reference.SyntaxTree != _model.SyntaxTree
            || GetterValue(reference.GetSyntax(_cancellationToken)) is not { } returned
            || returned.DescendantNodesAndSelf().Skip(MaxDispatchedPropertyNodes).Any() || !IsPlain(returned)
            || !returned.DescendantNodesAndSelf().OfType<IdentifierNameSyntax>().All(name => IsStorageOrConstant(name, implementation.ContainingType, type)))
        {
            return null;
        }

        var outer = _scope;
        var receiver = SymbolEqualityComparer.Default.Equals(implementation.ContainingType.OriginalDefinition, type.OriginalDefinition) ? null : Cast(implementation, SyntaxFactory.ThisExpression(), read.SpanStart);
        _scope = new Scope(getter, new Dictionary<int, ExpressionSyntax>(), new Dictionary<string, string>(System.StringComparer.Ordinal), outer.Depth + 1, receiver: receiver) { Dispatched = true };
        try
        {
            if (Visit(returned) is not ExpressionSyntax value)
            {
                return null;
            }

            _calls++;
            _spans.Add(reference.Span);
            return SyntaxFactory.ParenthesizedExpression(value).WithTriviaFrom(read).WithAdditionalAnnotations(InlinedBody.OriginOf(read));
        }
        finally
        {
            _scope = outer;
        }
    }

    /// <summary>True when the body reads a virtual or abstract property of <c>this</c> this inliner substitutes.</summary>
    private bool ReadsDispatchedProperty(BlockSyntax body) =>
        !_owner.IsStatic && body.DescendantNodes().OfType<IdentifierNameSyntax>().Any(name =>
            name.Parent is not MemberAccessExpressionSyntax { Expression: not ThisExpressionSyntax }
            && _model.GetSymbolInfo(name, _cancellationToken).Symbol is IPropertySymbol { IsStatic: false, IsIndexer: false, DeclaringSyntaxReferences.Length: > 0 } property
            && (property.IsAbstract || property.IsVirtual || property.IsOverride)
            && _owner.ContainingType is { } type && DispatchTargets.SoleImplementation(property.OriginalDefinition, type, _model.Compilation) is not null);

    /// <summary>The expression a getter returns: <c>=&gt; e</c>, <c>{ get =&gt; e; }</c>, <c>{ get { return e; } }</c>; null otherwise.</summary>
    private static ExpressionSyntax? GetterValue(SyntaxNode declaration) => declaration switch
    {
        PropertyDeclarationSyntax { ExpressionBody.Expression: var value } => value,
        PropertyDeclarationSyntax { AccessorList.Accessors: var accessors } => accessors.FirstOrDefault(accessor => accessor.IsKind(SyntaxKind.GetAccessorDeclaration)) switch
        {
            { ExpressionBody.Expression: var value } => value,
            { Body.Statements: [ReturnStatementSyntax { Expression: { } value }] } => value,
            _ => null,
        },
        _ => null,
    };

    /// <summary>
    /// True when <paramref name="name"/>, in a dispatched getter's returned expression, is storage of the instance the
    /// method can reach (accessible from <paramref name="within"/>, or a stand-in member of <paramref name="declaring"/>)
    /// or a constant.
    /// </summary>
    private bool IsStorageOrConstant(IdentifierNameSyntax name, INamedTypeSymbol declaring, INamedTypeSymbol within) =>
        _model.GetSymbolInfo(name, _cancellationToken).Symbol switch
        {
            IFieldSymbol { IsConst: true } constant => _model.Compilation.IsSymbolAccessibleWithin(constant, within),
            IFieldSymbol { IsStatic: false } field => IsReachableStorage(field, declaring, within),
            IPropertySymbol { IsStatic: false } property => IsReachableStorage(property, declaring, within),
            _ => false,
        };

    private bool IsReachableStorage(ISymbol member, INamedTypeSymbol declaring, INamedTypeSymbol within) =>
        HelperShape.IsStandInMember(member, declaring)
        || _model.Compilation.IsSymbolAccessibleWithin(member, within) && !(member.IsAbstract || member.IsVirtual || member.IsOverride);
}
