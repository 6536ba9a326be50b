using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace LayerGen.Analyzers.Softmax.Model;

/// <summary>
/// A same-type helper whose body can stand where it is called (<see cref="HelperInliner"/>): straight-line statements
/// that end in at most one <c>return</c> (also at the end of the <c>fixed</c> statement the whole body runs in), no
/// recursion, no jumps, small. Read from the source model. A helper that needs an unsafe context (declared
/// <c>unsafe</c>, or pinning and reading pointers) is inlined in one (<see cref="NeedsUnsafeContext"/>).
/// </summary>
internal sealed partial class HelperShape
{
    /// <summary>A helper with more syntax nodes than this is summarised, not inlined.</summary>
    public const int MaxNodes = 600;

    private HelperShape(IMethodSymbol method, CSharpSyntaxNode declaration, SyntaxTokenList modifiers, ImmutableArray<FixedStatementSyntax> pinning, ImmutableArray<StatementSyntax> statements, ExpressionSyntax? returned, ITypeSymbol? yielded)
    {
        Method = method;
        Yielded = yielded;
        Declaration = declaration;
        Pinning = pinning;
        Statements = statements;
        Returned = returned;
        NeedsUnsafeContext = modifiers.Any(SyntaxKind.UnsafeKeyword) || !pinning.IsEmpty;
    }

    public IMethodSymbol Method { get; }

    public CSharpSyntaxNode Declaration { get; }

    /// <summary>
    /// The <c>fixed</c> statements, outermost first, that the whole body runs in when its <c>return</c> ends their
    /// block (<c>{ fixed (double* p = v) { …; return m; } }</c>); empty otherwise. <see cref="Statements"/> are then
    /// the innermost block's.
    /// </summary>
    public ImmutableArray<FixedStatementSyntax> Pinning { get; }

    /// <summary>The body's statements, without its final <c>return</c>.</summary>
    public ImmutableArray<StatementSyntax> Statements { get; }

    /// <summary>
    /// The element type of an iterator helper (<c>IEnumerable&lt;double&gt;</c> with <c>yield return</c> and no
    /// <c>yield break</c>): its body is inlined with each <c>yield return e;</c> adding <c>e</c> to a list that stands for
    /// the sequence (<see cref="HelperInliner"/>); null for any other helper.
    /// </summary>
    public ITypeSymbol? Yielded { get; }

    /// <summary>The value the final <c>return</c> (or the expression body) returns; null for a void or iterator helper.</summary>
    public ExpressionSyntax? Returned { get; }

    /// <summary>Names the body declares (locals, loop and pattern variables, lambda and query parameters).</summary>
    public HashSet<string> LocalNames { get; } = new(System.StringComparer.Ordinal);

    /// <summary>Simple names the body reads that are not its own locals or parameters (fields, methods, types).</summary>
    public HashSet<string> MemberNames { get; } = new(System.StringComparer.Ordinal);

    /// <summary>The members, types and namespaces the body names by a simple name (<see cref="MemberNames"/>, bound).</summary>
    private readonly HashSet<ISymbol> _namedSymbols = new(SymbolEqualityComparer.Default);

    /// <summary>True when the body names something that does not bind (it is then inlined into its own type only).</summary>
    private bool _hasUnboundName;

    /// <summary>Ordinals of parameters the body assigns, steps or passes by reference.</summary>
    public HashSet<int> WrittenParameters { get; } = new();

    /// <summary>
    /// True when the body only binds in an unsafe context: the helper is declared <c>unsafe</c>, or pins buffers
    /// (<c>fixed</c>) or names pointer types. It is then inlined into an unsafe context (an <c>unsafe</c> block where the
    /// call is in none).
    /// </summary>
    public bool NeedsUnsafeContext { get; private set; }

    /// <summary>True when the body writes a field or property (an argument reading one is then copied first).</summary>
    public bool WritesMembers { get; private set; }

    /// <summary>True when the body writes only its own locals and calls only value-returning library methods.</summary>
    public bool IsPure { get; private set; } = true;

    /// <summary>
    /// The statement index of <c>T acc = init;</c> when the body returns that local <c>acc</c> (the fold's accumulator):
    /// the caller's variable can then be the accumulator itself, as if the fold were written inline; else -1.
    /// </summary>
    public int AccumulatorDeclaration { get; private set; } = -1;

    /// <summary>The shape of <paramref name="method"/> if it can be inlined into <paramref name="owner"/>; null otherwise.</summary>
    /// <remarks>
    /// With <paramref name="onReceiver"/> the call is on another object (<c>z.MaxOfRow(k)</c>, <see cref="HelperReach.MayFollowOnReceiver"/>):
    /// its body is inlined with that object in place of <c>this</c>, so it must write no member (it only reads the
    /// object) and every member it reads must be accessible from the owner (<see cref="ReceiverNamesBindIn"/>).
    /// </remarks>
    public static HelperShape? Of(IMethodSymbol method, IMethodSymbol owner, SemanticModel model, CancellationToken cancellationToken, bool onReceiver = false) =>
        Of(method, owner, model, cancellationToken, onReceiver, siblingLevel: 0, new ChainMemo());

    /// <summary>
    /// The shape of <paramref name="method"/> for one call that passes constants deciding its branches
    /// (<see cref="KnownArguments.Flattened"/>): <c>if (axis == 0) { …; return top; } …; return result;</c> called with
    /// <c>axis: 0</c> is the first branch's statements returning <c>top</c>, with <c>axis: 1</c> the rest; null when the
    /// decided body still cannot be inlined.
    /// </summary>
    public static HelperShape? OfDecided(IMethodSymbol method, IMethodSymbol owner, SemanticModel model, CancellationToken cancellationToken, bool onReceiver, KnownArguments known) =>
        Of(method, owner, model, cancellationToken, onReceiver, siblingLevel: 0, new ChainMemo(), known: known);

    /// <summary>
    /// The shape of <paramref name="implementation"/>, the one body a virtual or abstract member called on <c>this</c>
    /// runs (<see cref="DispatchTargets"/>), if it can be inlined into <paramref name="owner"/> (HelperShape.Overrides.cs).
    /// </summary>
    /// <remarks>With <paramref name="onThis"/> false the call is on a variable (<c>visitor.Visit(i, s)</c>), read as its receiver.</remarks>
    public static HelperShape? OfDispatched(IMethodSymbol implementation, IMethodSymbol owner, SemanticModel model, CancellationToken cancellationToken, bool onThis) =>
        Of(implementation, owner, model, cancellationToken, onReceiver: !onThis || !HelperReach.IsOwnType(implementation, owner), siblingLevel: 0, new ChainMemo(), dispatched: true);

    /// <summary>True for the shape of an implementation a virtual, abstract or interface call dispatches to (<see cref="OfDispatched"/>).</summary>
    public bool IsDispatched { get; private set; }

    /// <summary>
    /// As <see cref="Of(IMethodSymbol, IMethodSymbol, SemanticModel, CancellationToken, bool)"/>, for a helper inlined
    /// <paramref name="siblingLevel"/> levels below another type's helper that calls it unqualified.
    /// </summary>
    private static HelperShape? Of(IMethodSymbol method, IMethodSymbol owner, SemanticModel model, CancellationToken cancellationToken, bool onReceiver, int siblingLevel, ChainMemo memo, bool dispatched = false, KnownArguments? known = null)
    {
        if (method is not { MethodKind: MethodKind.Ordinary, IsGenericMethod: false, IsAbstract: false, IsExtern: false, IsAsync: false, ReturnsByRef: false, ReturnsByRefReadonly: false }
            || !dispatched && (method.IsVirtual || method.IsOverride)
            || method.DeclaringSyntaxReferences.Length != 1 || method.DeclaringSyntaxReferences[0].SyntaxTree != model.SyntaxTree
            || !(dispatched ? MayFollowDispatched(method, owner) : onReceiver ? HelperReach.MayFollowOnReceiver(method, owner) : HelperReach.MayFollow(method, owner))
            // Another type's map taking a delegate (VectorOps.Map(row, f)) is read where it is called, as a user map.
            || (onReceiver || !HelperReach.IsOwnType(method, owner)) && method.Parameters.Any(parameter => parameter.Type.TypeKind == TypeKind.Delegate)
            || method.Parameters.Any(parameter => parameter.IsParams || parameter.RefKind is not (RefKind.None or RefKind.Ref or RefKind.Out or RefKind.In))
            || method.DeclaringSyntaxReferences[0].GetSyntax(cancellationToken) is not MethodDeclarationSyntax declaration
            || declaration.DescendantNodes().Skip(MaxNodes).Any())
        {
            return null;
        }

        var isVoid = method.ReturnsVoid;
        var pinning = ImmutableArray<FixedStatementSyntax>.Empty;
        ImmutableArray<StatementSyntax> statements;
        ExpressionSyntax? returned = null;
        if (declaration.ExpressionBody is { Expression: var expression })
        {
            // A void expression body is one call (no fold of its own) unless it stores into a member
            // (OnExp(double e) => _sum += e, MemberHooks.cs); a value one is returned where the call stood.
            if (isVoid && expression is not AssignmentExpressionSyntax)
            {
                return null;
            }

            statements = ImmutableArray<StatementSyntax>.Empty;
            returned = expression;
        }
        else if (declaration.Body is { } body)
        {
            if (known is null)
            {
                statements = body.Statements.ToImmutableArray();
            }
            else if (known.Flattened(body.Statements) is { } decided)
            {
                // The branches the call's constants decide, taken (KnownArguments.cs).
                statements = decided.ToImmutableArray();
            }
            else
            {
                return null;
            }

            if (statements is [FixedStatementSyntax pinned] && PinnedBlock(pinned, out var chain) is { Statements: [.., ReturnStatementSyntax] } inner)
            {
                // { fixed (double* p = v) { …; return m; } }: the body is the fixed block's, run in the same pins.
                pinning = chain;
                statements = inner.Statements.ToImmutableArray();
            }

            if (statements.Length > 0 && statements[statements.Length - 1] is ReturnStatementSyntax last)
            {
                returned = last.Expression;
                statements = statements.RemoveAt(statements.Length - 1);
            }

            if (!isVoid && returned is null && YieldedElement(method, body) is null)
            {
                return null;
            }
        }
        else
        {
            return null;
        }

        // Only helpers that fold (a loop) or call a helper of their own are inlined: a scalar helper (an exp, a
        // derivative) is read where it is called. A utility of another type that maps a sequence through a lambda or a
        // method group (a.Select(Math.Exp).ToArray()) is inlined too: nothing else reads it where it is called.
        var calls = statements.Concat(returned is null ? Enumerable.Empty<SyntaxNode>() : new[] { returned }).SelectMany(node => node.DescendantNodesAndSelf()).OfType<InvocationExpressionSyntax>().ToList();
        var loopsOrCalls = statements.Any(statement => statement.DescendantNodesAndSelf().Any(node => node is ForStatementSyntax or CommonForEachStatementSyntax or WhileStatementSyntax or DoStatementSyntax))
            || calls.Any(call => model.GetSymbolInfo(call, cancellationToken).Symbol is IMethodSymbol { MethodKind: MethodKind.Ordinary } callee
                    && SymbolEqualityComparer.Default.Equals(callee.ContainingType?.OriginalDefinition, method.ContainingType?.OriginalDefinition))
            || (!HelperReach.IsOwnType(method, owner) && calls.Any(call => MapsThroughFunction(call, model, cancellationToken)))
            || calls.Any(call => ForwardsToFoldingHelper(call, owner, model, cancellationToken, siblingLevel, memo));
        if (!loopsOrCalls && !(isVoid && IsMemberHook(method, owner, statements, returned, dispatched)))
        {
            return null;
        }

        var yielded = returned is null && declaration.Body is { } iterator ? YieldedElement(method, iterator) : null;
        var shape = new HelperShape(method, declaration, declaration.Modifiers, pinning, statements, returned, yielded);
        if (!shape.Read(model, cancellationToken))
        {
            return null;
        }

        if (dispatched)
        {
            shape.IsDispatched = true;
            return shape.Yielded is null && (!onReceiver || shape.DispatchedNamesBindIn(owner, model, cancellationToken)) ? shape : null;
        }

        if (onReceiver)
        {
            return !shape.WritesMembers && shape.Yielded is null && shape.ReceiverNamesBindIn(owner, model, cancellationToken) ? shape : null;
        }

        return HelperReach.IsOwnType(method, owner) || shape.NamesMeanTheSameIn(owner, model, cancellationToken, siblingLevel, memo) ? shape : null;
    }

    /// <summary>
    /// For a member inlined on another object: true when every instance member its body reads (by a simple name, which
    /// becomes <c>receiver.Name</c>, or through <c>this</c>) is accessible from <paramref name="owner"/>'s type, and every
    /// other name it reads (a static type, a constant) means the same there (<see cref="NamesMeanTheSameIn"/>).
    /// </summary>
    private bool ReceiverNamesBindIn(IMethodSymbol owner, SemanticModel model, CancellationToken cancellationToken)
    {
        if (_hasUnboundName || owner.ContainingType is not { } within)
        {
            return false;
        }

        var others = new List<ISymbol>();
        foreach (var read in _namedSymbols)
        {
            if (IsInstanceMember(read))
            {
                if (!model.Compilation.IsSymbolAccessibleWithin(read, within))
                {
                    return false;
                }
            }
            else
            {
                others.Add(read);
            }
        }

        foreach (var self in Declaration.DescendantNodes().OfType<ThisExpressionSyntax>())
        {
            var member = self.Parent switch
            {
                MemberAccessExpressionSyntax access when access.Expression == self => model.GetSymbolInfo(access, cancellationToken).Symbol,
                ElementAccessExpressionSyntax element when element.Expression == self => model.GetSymbolInfo(element, cancellationToken).Symbol,
                _ => null,
            };
            if (member is not null && !model.Compilation.IsSymbolAccessibleWithin(member, within))
            {
                return false;
            }
        }

        var declaration = owner.DeclaringSyntaxReferences.FirstOrDefault(reference => reference.SyntaxTree == model.SyntaxTree);
        return declaration is not null
            && others.All(read => model.LookupSymbols(declaration.Span.Start, name: read.Name).Any(symbol => SymbolEqualityComparer.Default.Equals(symbol.OriginalDefinition, read.OriginalDefinition)));
    }

    /// <summary>True for <c>nameof(…)</c> (a constant, no call).</summary>
    internal static bool IsNameOf(InvocationExpressionSyntax invocation, SemanticModel model, CancellationToken cancellationToken) =>
        invocation.Expression is IdentifierNameSyntax { Identifier.ValueText: "nameof" } && model.GetOperation(invocation, cancellationToken) is Microsoft.CodeAnalysis.Operations.INameOfOperation;

    /// <summary>A field, property, event or ordinary method of an instance (what a simple name reads through <c>this</c>).</summary>
    internal static bool IsInstanceMember(ISymbol symbol) =>
        !symbol.IsStatic && symbol is IFieldSymbol or IPropertySymbol or IEventSymbol or IMethodSymbol { MethodKind: MethodKind.Ordinary };

    /// <summary>True when <paramref name="call"/> passes a lambda or a method group (a map or fold over a sequence).</summary>
    private static bool MapsThroughFunction(InvocationExpressionSyntax call, SemanticModel model, CancellationToken cancellationToken) =>
        call.ArgumentList.Arguments.Any(argument => argument.Expression is AnonymousFunctionExpressionSyntax
            || argument.Expression is IdentifierNameSyntax or MemberAccessExpressionSyntax && model.GetSymbolInfo(argument.Expression, cancellationToken).CandidateSymbols.Concat(new[] { model.GetSymbolInfo(argument.Expression, cancellationToken).Symbol }).Any(symbol => symbol is IMethodSymbol));

    /// <summary>
    /// For a helper of another type (a static utility, a base class's method): true when every member, type or
    /// namespace its body names by a simple name (<c>Peak</c>, <c>MathF</c>, a sibling <c>Max(…)</c>) is the same
    /// symbol when looked up in <paramref name="owner"/>'s declaration, so the body means what it meant where it was
    /// written once inlined there; false for a name the owner cannot see (a private field of a base) or sees as something
    /// else (a member hiding it). A sibling static helper the body calls unqualified (<c>Normalize(v)</c> calling its
    /// class's private <c>_Normalize(v, v)</c>) is no name once inlined: the inliner puts its body in place of the call,
    /// so it counts when it is inlinable from the owner itself, up to <see cref="HelperInliner.MaxChain"/> levels of siblings deep.
    /// Should the inliner still leave the call (its call budget spent), the inlined body does not bind and the method is
    /// modelled without inlining, as before.
    /// </summary>
    private bool NamesMeanTheSameIn(IMethodSymbol owner, SemanticModel model, CancellationToken cancellationToken, int siblingLevel, ChainMemo memo)
    {
        var declaration = owner.DeclaringSyntaxReferences.FirstOrDefault(reference => reference.SyntaxTree == model.SyntaxTree);
        if (declaration is null || _hasUnboundName)
        {
            return false;
        }

        var position = declaration.Span.Start;
        foreach (var read in _namedSymbols)
        {
            var seen = model.LookupSymbols(position, name: read.Name);
            if (!seen.Any(symbol => SymbolEqualityComparer.Default.Equals(symbol.OriginalDefinition, read.OriginalDefinition))
                && !IsInlinableSibling(read, owner, model, cancellationToken, siblingLevel, memo))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// True when <paramref name="read"/> is a static method of this helper's own type that the helper calls by its simple
    /// name and that is itself inlinable from <paramref name="owner"/> (see <see cref="NamesMeanTheSameIn"/>).
    /// </summary>
    private bool IsInlinableSibling(ISymbol read, IMethodSymbol owner, SemanticModel model, CancellationToken cancellationToken, int siblingLevel, ChainMemo memo) =>
        siblingLevel + 1 < HelperInliner.MaxChain
        && read is IMethodSymbol { IsStatic: true, MethodKind: MethodKind.Ordinary } sibling
        && SymbolEqualityComparer.Default.Equals(sibling.ContainingType?.OriginalDefinition, Method.ContainingType?.OriginalDefinition)
        && !SymbolEqualityComparer.Default.Equals(sibling.OriginalDefinition, Method.OriginalDefinition)
        && Declaration.DescendantNodes().OfType<InvocationExpressionSyntax>().Any(call => call.Expression is IdentifierNameSyntax { Identifier.ValueText: var name } && name == sibling.Name)
        && Below(sibling.OriginalDefinition, owner, model, cancellationToken, siblingLevel + 1, memo) is not null;

    /// <summary>
    /// <c>T</c> of an iterator helper returning <c>IEnumerable&lt;T&gt;</c> of numbers whose body yields with
    /// <c>yield return</c> only (no <c>yield break</c>, which would end the sequence early); null otherwise.
    /// </summary>
    private static ITypeSymbol? YieldedElement(IMethodSymbol method, BlockSyntax body) =>
        method.ReturnType is INamedTypeSymbol { Name: "IEnumerable", TypeArguments: [var element] } sequence
        && sequence.ContainingNamespace?.ToDisplayString() == "System.Collections.Generic" && WellKnownSymbols.IsNumeric(element)
        && body.DescendantNodes(node => node is not (AnonymousFunctionExpressionSyntax or LocalFunctionStatementSyntax)).OfType<YieldStatementSyntax>().ToList() is { Count: > 0 } yields
        && yields.All(statement => statement.IsKind(SyntaxKind.YieldReturnStatement))
            ? element
            : null;

    /// <summary>
    /// The block a chain of <c>fixed</c> statements runs (<c>fixed (…) fixed (…) { … }</c>), with the chain, outermost
    /// first, in <paramref name="chain"/>; null when the innermost statement is no block.
    /// </summary>
    private static BlockSyntax? PinnedBlock(FixedStatementSyntax outermost, out ImmutableArray<FixedStatementSyntax> chain)
    {
        var builder = ImmutableArray.CreateBuilder<FixedStatementSyntax>();
        StatementSyntax current = outermost;
        while (current is FixedStatementSyntax pinned)
        {
            builder.Add(pinned);
            current = pinned.Statement;
        }

        chain = builder.ToImmutable();
        return current as BlockSyntax;
    }

    /// <summary>Reads the body's names and writes; false when it holds something that cannot be inlined.</summary>
    private bool Read(SemanticModel model, CancellationToken cancellationToken)
    {
        var nodes = Pinning.SelectMany(pinned => pinned.Declaration.DescendantNodesAndSelf()).Concat(Statements.SelectMany(statement => statement.DescendantNodesAndSelf()));
        if (Returned is not null)
        {
            nodes = nodes.Concat(Returned.DescendantNodesAndSelf());
        }

        foreach (var node in nodes)
        {
            switch (node)
            {
                case YieldStatementSyntax when Yielded is not null:
                    break;
                case YieldStatementSyntax or GotoStatementSyntax or LabeledStatementSyntax or UnsafeStatementSyntax
                    or FunctionPointerTypeSyntax or AwaitExpressionSyntax or BaseExpressionSyntax:
                    return false;
                case FixedStatementSyntax or PointerTypeSyntax:
                    NeedsUnsafeContext = true;
                    break;
                case LocalFunctionStatementSyntax function:
                    // A fold moved into a local function of the helper: inlined with it, under a fresh name where taken.
                    LocalNames.Add(function.Identifier.ValueText);
                    break;
                case ReturnStatementSyntax when !InsideFunction(node):
                    return false;
                case VariableDeclaratorSyntax declarator:
                    LocalNames.Add(declarator.Identifier.ValueText);
                    break;
                case SingleVariableDesignationSyntax designation:
                    LocalNames.Add(designation.Identifier.ValueText);
                    break;
                case ForEachStatementSyntax forEach:
                    LocalNames.Add(forEach.Identifier.ValueText);
                    break;
                case CatchDeclarationSyntax { Identifier.RawKind: not 0 } caught:
                    LocalNames.Add(caught.Identifier.ValueText);
                    break;
                case ParameterSyntax parameter:
                    LocalNames.Add(parameter.Identifier.ValueText);
                    break;
                case QueryClauseSyntax or QueryContinuationSyntax:
                    return false;
                case InvocationExpressionSyntax invocation when IsNameOf(invocation, model, cancellationToken):
                    // nameof(axis) in a throw of an argument check: a string constant (the inliner writes it as one).
                    break;
                case InvocationExpressionSyntax invocation:
                    if (model.GetSymbolInfo(invocation, cancellationToken).Symbol is not IMethodSymbol target
                        || SymbolEqualityComparer.Default.Equals(target.OriginalDefinition, Method.OriginalDefinition))
                    {
                        // Unbound or recursive.
                        return false;
                    }

                    IsPure &= IsPureCall(target) || IsAddToOwnList(invocation, target, model, cancellationToken);
                    break;
                case IdentifierNameSyntax { Parent: InvocationExpressionSyntax nameOf } when nameOf.Expression == node && IsNameOf(nameOf, model, cancellationToken):
                    break;
                case SimpleNameSyntax name when !IsMemberName(name):
                    ReadName(name, model, cancellationToken);
                    break;
            }

            if (node is AssignmentExpressionSyntax or PrefixUnaryExpressionSyntax or PostfixUnaryExpressionSyntax or ArgumentSyntax or RefExpressionSyntax
                && WrittenTarget(node) is { } target2)
            {
                ReadWrite(target2, model, cancellationToken);
            }
        }

        if (Returned is IdentifierNameSyntax accumulator && model.GetSymbolInfo(accumulator, cancellationToken).Symbol is ILocalSymbol local)
        {
            for (var index = 0; index < Statements.Length; index++)
            {
                if (Statements[index] is LocalDeclarationStatementSyntax { Modifiers.Count: 0, Declaration.Variables: [{ Initializer: not null } declarator] }
                    && SymbolEqualityComparer.Default.Equals(model.GetDeclaredSymbol(declarator, cancellationToken), local)
                    && SymbolEqualityComparer.Default.Equals(local.Type, Method.ReturnType))
                {
                    AccumulatorDeclaration = index;
                }
            }
        }

        return true;
    }

    private void ReadName(SimpleNameSyntax name, SemanticModel model, CancellationToken cancellationToken)
    {
        var symbol = model.GetSymbolInfo(name, cancellationToken).Symbol;
        switch (symbol)
        {
            case ILocalSymbol or IRangeVariableSymbol or IDiscardSymbol or IMethodSymbol { MethodKind: MethodKind.LocalFunction }:
                break;
            case IParameterSymbol parameter when !SymbolEqualityComparer.Default.Equals(parameter.ContainingSymbol?.OriginalDefinition, Method.OriginalDefinition):
                break;
            case IParameterSymbol:
                break;
            default:
                // A field, method, type or namespace: the caller must not declare a local of that name.
                MemberNames.Add(name.Identifier.ValueText);
                if (symbol is null)
                {
                    _hasUnboundName = true;
                }
                else if (name is not IdentifierNameSyntax { IsVar: true })
                {
                    _namedSymbols.Add(symbol.OriginalDefinition);
                }

                break;
        }
    }

    private void ReadWrite(ExpressionSyntax target, SemanticModel model, CancellationToken cancellationToken)
    {
        var root = target;
        while (true)
        {
            switch (root)
            {
                case ParenthesizedExpressionSyntax parenthesized:
                    root = parenthesized.Expression;
                    continue;
                case ElementAccessExpressionSyntax { Expression: IdentifierNameSyntax array } when IsOwnFreshArray(array, model, cancellationToken):
                    // r[i] = … into an array the helper allocated itself writes nothing the caller sees (Vec.Exp(a)).
                    return;
                case ElementAccessExpressionSyntax element:
                    IsPure = false;
                    root = element.Expression;
                    continue;
                case MemberAccessExpressionSyntax member:
                    IsPure = false;
                    WritesMembers = true;
                    root = member.Expression;
                    continue;
            }

            break;
        }

        switch (model.GetSymbolInfo(root, cancellationToken).Symbol)
        {
            case IParameterSymbol parameter when SymbolEqualityComparer.Default.Equals(parameter.ContainingSymbol?.OriginalDefinition, Method.OriginalDefinition):
                // p = …, p++ (not p[i] = …: an element write leaves the parameter bound to the caller's buffer).
                if (root == target)
                {
                    WrittenParameters.Add(parameter.Ordinal);
                    IsPure &= parameter.RefKind == RefKind.None;
                }

                break;
            case ILocalSymbol or IParameterSymbol or IDiscardSymbol:
                break;
            case null when root is DeclarationExpressionSyntax:
                break;
            default:
                IsPure = false;
                WritesMembers = true;
                break;
        }
    }

    /// <summary>
    /// True when <paramref name="name"/> is a local of this helper initialised with a new array (<c>var r = new
    /// double[a.Length];</c>) and never assigned again: its elements are the helper's own until it returns them.
    /// </summary>
    private bool IsOwnFreshArray(IdentifierNameSyntax name, SemanticModel model, CancellationToken cancellationToken)
    {
        if (model.GetSymbolInfo(name, cancellationToken).Symbol is not ILocalSymbol { RefKind: RefKind.None } local
            || local.DeclaringSyntaxReferences is not [var reference] || !Declaration.Span.Contains(reference.Span)
            || reference.GetSyntax(cancellationToken) is not VariableDeclaratorSyntax { Initializer.Value: ArrayCreationExpressionSyntax or ImplicitArrayCreationExpressionSyntax })
        {
            return false;
        }

        return !Declaration.DescendantNodes().Any(node =>
            node is AssignmentExpressionSyntax { Left: IdentifierNameSyntax assigned } && assigned.Identifier.ValueText == local.Name
            || node is ArgumentSyntax { RefKindKeyword.RawKind: not 0, Expression: IdentifierNameSyntax passed } && passed.Identifier.ValueText == local.Name);
    }

    /// <summary>What an assignment, step or by-reference argument writes; null when the node writes nothing.</summary>
    private static ExpressionSyntax? WrittenTarget(SyntaxNode node) => node switch
    {
        AssignmentExpressionSyntax assignment => assignment.Left,
        PrefixUnaryExpressionSyntax prefix when prefix.Kind() is SyntaxKind.PreIncrementExpression or SyntaxKind.PreDecrementExpression => prefix.Operand,
        PostfixUnaryExpressionSyntax postfix when postfix.Kind() is SyntaxKind.PostIncrementExpression or SyntaxKind.PostDecrementExpression => postfix.Operand,
        ArgumentSyntax { RefKindKeyword.RawKind: (int)SyntaxKind.RefKeyword or (int)SyntaxKind.OutKeyword } argument => argument.Expression,
        RefExpressionSyntax reference => reference.Expression,
        _ => null,
    };

    /// <summary><c>Name</c> in <c>x.Name</c>, a named argument's or an initializer's member name: not looked up in scope.</summary>
    private static bool IsMemberName(SimpleNameSyntax name) =>
        name.Parent is MemberAccessExpressionSyntax member && member.Name == name
        || name.Parent is MemberBindingExpressionSyntax
        || name.Parent is NameColonSyntax or NameEqualsSyntax
        || name.Parent is QualifiedNameSyntax qualified && qualified.Right == name;

    private static bool InsideFunction(SyntaxNode node) =>
        node.Ancestors().Any(ancestor => ancestor is AnonymousFunctionExpressionSyntax or LocalFunctionStatementSyntax);

    /// <summary>A static library method that returns a value and writes no argument (<c>Math.Max</c>, <c>Enumerable.Sum</c>).</summary>
    private static bool IsPureCall(IMethodSymbol target) =>
        IsArrayShapeRead(target)
        || target.IsStatic && !target.ReturnsVoid && target.Parameters.All(parameter => parameter.RefKind == RefKind.None && !IsWritableSpan(parameter.Type))
        && target.ContainingNamespace?.ToDisplayString() is { } space && (space == "System" || space.StartsWith("System.", System.StringComparison.Ordinal));

    /// <summary>
    /// <c>table.GetLength(1)</c> (also <c>GetLongLength</c>, <c>GetLowerBound</c>, <c>GetUpperBound</c>) of an array: an
    /// instance call that only reads the array's shape, as <c>Length</c> does. A helper looping a dot product over
    /// <c>d &lt; users.GetLength(1)</c> (HeldOut63 <c>RecommenderScoring_ExpPreferenceHelper</c>) stays pure, so its call
    /// may be hoisted and inlined like the same helper bounded by <c>Length</c>.
    /// </summary>
    private static bool IsArrayShapeRead(IMethodSymbol target) =>
        target is { IsStatic: false, ContainingType.SpecialType: SpecialType.System_Array, Name: "GetLength" or "GetLongLength" or "GetLowerBound" or "GetUpperBound" };

    /// <summary>
    /// <c>list.Add(e)</c> on a <c>List&lt;T&gt;</c> local of the helper: it writes only the helper's own local, like an
    /// assignment to one (a helper building and returning a list of exps stays pure, so its call may be hoisted).
    /// </summary>
    private static bool IsAddToOwnList(InvocationExpressionSyntax invocation, IMethodSymbol target, SemanticModel model, CancellationToken cancellationToken) =>
        target is { Name: "Add", IsStatic: false, Parameters.Length: 1, ContainingType: { Name: "List", TypeArguments.Length: 1 } list }
        && list.ContainingNamespace?.ToDisplayString() == "System.Collections.Generic"
        && invocation.Expression is MemberAccessExpressionSyntax { Expression: IdentifierNameSyntax receiver }
        && model.GetSymbolInfo(receiver, cancellationToken).Symbol is ILocalSymbol;

    private static bool IsWritableSpan(ITypeSymbol type) => type is INamedTypeSymbol { Name: "Span" or "Memory" };
}
