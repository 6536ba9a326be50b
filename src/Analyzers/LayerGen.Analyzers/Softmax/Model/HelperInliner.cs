using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;
using Microsoft.CodeAnalysis.Text;
using static LayerGen.Analyzers.Softmax.Model.Parentheses;

namespace LayerGen.Analyzers.Softmax.Model;

/// <summary>
/// Writes a method body with each call of a small same-type helper (<see cref="HelperShape"/>) replaced by the
/// helper's body in the caller's terms, and binds it speculatively in the method's place: a parameter becomes the
/// argument passed for it (or a local initialised with it, when the helper writes the parameter or the argument is not
/// a plain expression), the helper's locals keep their names unless the method uses them (then a fresh name), and the
/// returned value is assigned where the call stood (<c>float m = RowMax(x, r);</c> → <c>float m; { m = float.MinValue;
/// for (…) m = Math.Max(m, x[r, j]); }</c> when the helper returns its accumulator). Every model mechanism then applies
/// to the fold as if written inline, per call. Helpers of helpers are inlined as deep as the size budget allows
/// (<see cref="FitsBudget"/> in HelperInliner.Budget.cs), never into themselves.
/// </summary>
/// <remarks>
/// A call is inlined where it is a statement of its own, a local's initializer or the right side of an assignment to a
/// variable; nested in a larger expression it is hoisted into a temporary first, but only for a helper that writes
/// nothing but its own locals and in a statement that writes nothing else before it (so moving the call changes nothing).
/// Calls under a lambda, a conditional or a short-circuit operand, with defaulted arguments or named ones out of their
/// parameters' order, and of helpers
/// that read a field the method hides with a local, stay calls (the helper summaries read them).
/// </remarks>
internal sealed partial class HelperInliner : CSharpSyntaxRewriter
{
    /// <summary>At most this many calls are inlined into one method.</summary>
    private const int MaxCalls = 16;

    /// <summary>An inlined body larger than this is not bound (the method is modelled with helper summaries).</summary>
    private const int MaxInlinedNodes = 5000;

    private readonly SemanticModel _model;
    private readonly IMethodSymbol _owner;
    private readonly CancellationToken _cancellationToken;
    private readonly HashSet<string> _usedNames;
    private readonly HashSet<string> _declaredNames;

    /// <summary>True when the method is an iterator or <c>async</c>: it may hold no <c>unsafe</c> block for a pointer helper.</summary>
    private readonly bool _ownerIsIteratorOrAsync;
    private readonly Dictionary<IMethodSymbol, HelperShape?> _shapes = new(SymbolEqualityComparer.Default);

    /// <summary>Shapes of members called on another object (<c>z.MaxOfRow(k)</c>), inlined with that object for <c>this</c>.</summary>
    private readonly Dictionary<IMethodSymbol, HelperShape?> _receiverShapes = new(SymbolEqualityComparer.Default);

    /// <summary>Each receiver type's indexer pattern, read once per inlining (<see cref="IndexerOf"/>).</summary>
    private readonly Dictionary<ITypeSymbol, IndexerPattern?> _indexers = new(SymbolEqualityComparer.Default);

    /// <summary>The receiver of the member call being inlined, while its locals are named (they must not hide it).</summary>
    private ExpressionSyntax? _pendingReceiver;
    private readonly Dictionary<InvocationExpressionSyntax, ExpressionSyntax> _callValues = new();
    private readonly List<TextSpan> _spans = new();

    /// <summary>
    /// Names the inlining declared that are in scope where it is now: the locals of the helpers being inlined (an inner
    /// helper's block is nested in theirs) and temporaries declared in the caller's blocks (kept for the whole method).
    /// </summary>
    private readonly HashSet<string> _active = new(System.StringComparer.Ordinal);

    /// <summary>Local names in scope where the current caller statement is inlined (<see cref="LocalScopes"/>).</summary>
    private HashSet<string> _inScope = new(System.StringComparer.Ordinal);
    private Scope _scope = new(null, new Dictionary<int, ExpressionSyntax>(), new Dictionary<string, string>(System.StringComparer.Ordinal), 0);
    private int _calls;

    private HelperInliner(SemanticModel model, IMethodSymbol owner, SyntaxNode declaration, CancellationToken cancellationToken)
    {
        _model = model;
        _owner = owner;
        _declaration = declaration;
        _cancellationToken = cancellationToken;
        _usedNames = new HashSet<string>(declaration.DescendantTokens().Where(token => token.IsKind(SyntaxKind.IdentifierToken)).Select(token => token.ValueText), System.StringComparer.Ordinal);
        _declaredNames = new HashSet<string>(DeclaredNames(declaration), System.StringComparer.Ordinal);
        _ownerIsIteratorOrAsync = owner.IsAsync || declaration.DescendantNodes(node => node is not (AnonymousFunctionExpressionSyntax or LocalFunctionStatementSyntax)).OfType<YieldStatementSyntax>().Any();
    }

    /// <summary>
    /// The body of <paramref name="root"/> (a method, constructor or accessor body) with its helper calls inlined and
    /// bound; null when it calls no helper that can be inlined or the result does not bind.
    /// </summary>
    public static InlinedBody? Inline(IOperation root, CancellationToken cancellationToken)
    {
        if (root.SemanticModel is not { IsSpeculativeSemanticModel: false } model
            || OwnerDeclaration(root.Syntax) is not { } declaration || BodyOf(declaration) is not { } body
            || model.GetDeclaredSymbol(declaration, cancellationToken) is not IMethodSymbol owner)
        {
            return null;
        }

        var inliner = new HelperInliner(model, owner, declaration, cancellationToken);
        if (!body.DescendantNodes().OfType<InvocationExpressionSyntax>().Any(call => inliner.ShapeOf(call) is not null || inliner.KernelOf(call) is not null)
            && inliner.DelegateLocals().Count == 0 && !inliner.HasRecursiveLoops(body) && !inliner.ReadsDispatchedProperty(body)
            && !inliner.HasReturnedRows(body))
        {
            return null;
        }

        // A method that is a recursive walk is modelled as its loop (HelperInliner.RecursiveLoops.cs).
        inliner._spans.Add(body.Span);
        var visited = inliner.LoopOf(declaration) is { } loop ? inliner.LoweredLoop(loop, body) : inliner.Visit(body);
        if (visited is not BlockSyntax inlined || inliner._calls == 0 && !inliner._loweredWalk || inlined.DescendantNodes().Skip(MaxInlinedNodes).Any())
        {
            return null;
        }

        // Members of a subclass's override the method cannot access, as locals declared first (HelperInliner.Dispatch.cs).
        inlined = inliner.WithStandIns(inlined);

        SemanticModel? speculative = null;
        var speculativeBody = declaration switch
        {
            BaseMethodDeclarationSyntax method when method.WithBody(inlined) is var newMethod
                && model.TryGetSpeculativeSemanticModelForMethodBody(body.SpanStart, newMethod, out speculative) => newMethod.Body,
            AccessorDeclarationSyntax accessor when accessor.WithBody(inlined) is var newAccessor
                && model.TryGetSpeculativeSemanticModelForMethodBody(body.SpanStart, newAccessor, out speculative) => newAccessor.Body,
            _ => null,
        };

        return speculativeBody is not null && speculative?.GetOperation(speculativeBody, cancellationToken) is IBlockOperation { Parent: null } block
            ? new InlinedBody(block, model, owner, inliner._spans)
            : null;
    }

    /// <summary>The method, constructor or accessor declaring <paramref name="syntax"/> when it is one or its body; null otherwise.</summary>
    internal static SyntaxNode? OwnerDeclaration(SyntaxNode syntax) => syntax switch
    {
        BaseMethodDeclarationSyntax or AccessorDeclarationSyntax => syntax,
        BlockSyntax { Parent: BaseMethodDeclarationSyntax or AccessorDeclarationSyntax } block => block.Parent,
        _ => null,
    };

    private static BlockSyntax? BodyOf(SyntaxNode declaration) => declaration switch
    {
        BaseMethodDeclarationSyntax method => method.Body,
        AccessorDeclarationSyntax accessor => accessor.Body,
        _ => null,
    };

    private static IEnumerable<string> DeclaredNames(SyntaxNode declaration) =>
        declaration.DescendantNodes().Select(node => node switch
        {
            VariableDeclaratorSyntax declarator => declarator.Identifier.ValueText,
            SingleVariableDesignationSyntax designation => designation.Identifier.ValueText,
            ForEachStatementSyntax forEach => forEach.Identifier.ValueText,
            CatchDeclarationSyntax caught => caught.Identifier.ValueText,
            ParameterSyntax parameter => parameter.Identifier.ValueText,
            LocalFunctionStatementSyntax function => function.Identifier.ValueText,
            FromClauseSyntax from => from.Identifier.ValueText,
            LetClauseSyntax let => let.Identifier.ValueText,
            JoinClauseSyntax join => join.Identifier.ValueText,
            _ => null,
        }).OfType<string>();

    /// <inheritdoc />
    public override SyntaxNode? Visit(SyntaxNode? node)
    {
        if (node is null)
        {
            return null;
        }

        if (_foldReads.Count > 0 && _foldReads.TryGetValue(node, out var foldRead))
        {
            // s[0] in a recursive fold's element: the loop variable (HelperInliner.RecursiveFolds.cs).
            return foldRead.WithTriviaFrom(node);
        }

        if (node is StatementSyntax statement and not BlockSyntax && node.Parent is not (BlockSyntax or SwitchSectionSyntax or GlobalStatementSyntax)
            && InlinedStatements(statement) is { } inlined)
        {
            // for (…) s += Sum(x, r): the embedded statement becomes a block.
            return SyntaxFactory.Block(SyntaxFactory.List(inlined)).WithAdditionalAnnotations(InlinedBody.OriginOf(node));
        }

        var result = base.Visit(node);
        return result is not null && !result.HasAnnotations(InlinedBody.OriginKind) ? result.WithAdditionalAnnotations(InlinedBody.OriginOf(node)) : result;
    }

    /// <inheritdoc />
    public override SyntaxNode? VisitBlock(BlockSyntax node) =>
        node.WithStatements(SyntaxFactory.List(VisitStatements(node.Statements)));

    /// <inheritdoc />
    public override SyntaxNode? VisitSwitchSection(SwitchSectionSyntax node) =>
        node.WithLabels(VisitList(node.Labels)).WithStatements(SyntaxFactory.List(VisitStatements(node.Statements)));

    private List<StatementSyntax> VisitStatements(IEnumerable<StatementSyntax> statements)
    {
        var result = new List<StatementSyntax>();
        foreach (var statement in statements)
        {
            if (InlinedStatements(statement) is { } inlined)
            {
                result.AddRange(inlined);
            }
            else if (Visit(statement) is StatementSyntax visited)
            {
                result.Add(visited);
            }
        }

        return result;
    }

    /// <inheritdoc />
    public override SyntaxNode? VisitInvocationExpression(InvocationExpressionSyntax node)
    {
        if (_callValues.TryGetValue(node, out var value))
        {
            return value.WithTriviaFrom(node);
        }

        // nameof(axis) in an inlined helper: its string, not the name of the argument that replaces the parameter.
        if (_scope.Helper is not null && HelperShape.IsNameOf(node, _model, _cancellationToken)
            && _model.GetConstantValue(node, _cancellationToken) is { HasValue: true, Value: string name })
        {
            return SyntaxFactory.LiteralExpression(SyntaxKind.StringLiteralExpression, SyntaxFactory.Literal(name)).WithTriviaFrom(node);
        }

        // Kernel(d[i, j]) with double Kernel(double x) => Math.Exp(…): the exp, as written inline (HelperInliner.KernelCalls.cs).
        if (SubstitutedKernelCall(node) is { } substituted)
        {
            return substituted;
        }

        // acc += f(i) with f bound to an expression lambda: its body (HelperInliner.DelegateArguments.cs).
        if (ExpandedDelegateCall(node, asStatement: false) is ExpressionSyntax expanded)
        {
            return expanded;
        }

        NoteLeftCall(node);
        return base.VisitInvocationExpression(node);
    }

    /// <inheritdoc />
    public override SyntaxNode? VisitYieldStatement(YieldStatementSyntax node) =>
        _scope.Collector is { } collector && node.IsKind(SyntaxKind.YieldReturnStatement) && node.Expression is { } yielded && Visit(yielded) is ExpressionSyntax value
            ? SyntaxFactory.ExpressionStatement(SyntaxFactory.InvocationExpression(
                SyntaxFactory.MemberAccessExpression(SyntaxKind.SimpleMemberAccessExpression, SyntaxFactory.IdentifierName(collector), SyntaxFactory.IdentifierName("Add")),
                SyntaxFactory.ArgumentList(SyntaxFactory.SingletonSeparatedList(SyntaxFactory.Argument(value)))))
            : base.VisitYieldStatement(node);

    /// <inheritdoc />
    public override SyntaxNode? VisitIdentifierName(IdentifierNameSyntax node)
    {
        if (_loopRenames.Count > 0 && _model.GetSymbolInfo(node, _cancellationToken).Symbol is IParameterSymbol walked && _loopRenames.TryGetValue(walked, out var loopName))
        {
            // A recursive walk written as a loop reads its index as the loop variable (HelperInliner.RecursiveLoops.cs).
            return SyntaxFactory.IdentifierName(loopName).WithTriviaFrom(node);
        }

        if (DispatchedPropertyRead(node) is { } dispatched)
        {
            // Denominator => _sum of the one override that runs (HelperInliner.Dispatch.cs).
            return dispatched;
        }

        if (LambdaParameterRead(node) is { } lambdaArgument)
        {
            return lambdaArgument;
        }

        if (_scope.Helper is not { } helper || node.Parent is MemberAccessExpressionSyntax { Name: var name } && name == node || node.IsVar)
        {
            return base.VisitIdentifierName(node);
        }

        if (RangeWalkRead(node) is { } position)
        {
            return position;
        }

        switch (_model.GetSymbolInfo(node, _cancellationToken).Symbol)
        {
            case IParameterSymbol parameter when SymbolEqualityComparer.Default.Equals(parameter.ContainingSymbol?.OriginalDefinition, helper.OriginalDefinition)
                && _scope.Arguments.TryGetValue(parameter.Ordinal, out var argument):
                return argument.WithTriviaFrom(node);
            case ILocalSymbol or IParameterSymbol or IRangeVariableSymbol or IMethodSymbol { MethodKind: MethodKind.LocalFunction }
                when _scope.Renames.TryGetValue(node.Identifier.ValueText, out var renamed):
                return node.WithIdentifier(SyntaxFactory.Identifier(renamed).WithTriviaFrom(node.Identifier));
            case { } member when _scope.Dispatched && StandInFor(member) is { } standIn:
                // _sum of a subclass's override, private to it: the stand-in local (HelperInliner.Dispatch.cs).
                return SyntaxFactory.IdentifierName(standIn).WithTriviaFrom(node);
            case { } member when _scope.Receiver is { } receiver && HelperShape.IsInstanceMember(member) && !IsInitializedMember(node):
                // Columns in an inlined z.MaxOfRow(k) is z.Columns.
                return SyntaxFactory.MemberAccessExpression(SyntaxKind.SimpleMemberAccessExpression, receiver, node.WithoutTrivia()).WithTriviaFrom(node);
            default:
                return base.VisitIdentifierName(node);
        }
    }

    /// <summary>
    /// A name that is not a read of the receiver's member where it stands: <c>X</c> in an object initializer's
    /// <c>X = …</c>, an anonymous object's <c>X = …</c>, a named argument <c>X: …</c>, a property pattern's
    /// <c>{ X: … }</c>, <c>?.X</c>, or the right side of a qualified name (these must stay names: the rewriter's parent
    /// expects one).
    /// </summary>
    private static bool IsInitializedMember(IdentifierNameSyntax node) =>
        node.Parent is AssignmentExpressionSyntax { Parent: InitializerExpressionSyntax } assignment && assignment.Left == node
        || node.Parent is NameEqualsSyntax or NameColonSyntax or MemberBindingExpressionSyntax or ExpressionColonSyntax
        || node.Parent is QualifiedNameSyntax { Right: var right } && right == node
        || node.Parent is AliasQualifiedNameSyntax;

    /// <inheritdoc />
    public override SyntaxNode? VisitElementAccessExpression(ElementAccessExpressionSyntax node)
    {
        // Data[(row * Cols) + c] in an inlined z.MaxOfColumn(c) is what z[row, c] reads (IndexerPattern.cs).
        if (_scope.Receiver is { } receiver && node.Expression is not ThisExpressionSyntax && _scope.Indexer?.Match(node) is { } indices)
        {
            var arguments = new List<ArgumentSyntax>();
            foreach (var index in indices)
            {
                if (Visit(index) is not ExpressionSyntax visited)
                {
                    return base.VisitElementAccessExpression(node);
                }

                arguments.Add(SyntaxFactory.Argument(visited.WithoutTrivia()));
            }

            return SyntaxFactory.ElementAccessExpression(receiver.WithoutTrivia(), SyntaxFactory.BracketedArgumentList(SyntaxFactory.SeparatedList(arguments))).WithTriviaFrom(node);
        }

        return base.VisitElementAccessExpression(node);
    }

    /// <inheritdoc />
    public override SyntaxNode? VisitThisExpression(ThisExpressionSyntax node) =>
        _scope.Receiver is { } receiver ? receiver.WithTriviaFrom(node) : base.VisitThisExpression(node);

    /// <inheritdoc />
    public override SyntaxNode? VisitConditionalExpression(ConditionalExpressionSyntax node)
    {
        if (ConstantCondition(node.Condition) is not { } holds)
        {
            return base.VisitConditionalExpression(node);
        }

        // axis == 0 ? this[a, o] : this[o, a]: the operand the constant argument picks.
        return Visit(holds ? node.WhenTrue : node.WhenFalse) is ExpressionSyntax chosen ? SyntaxFactory.ParenthesizedExpression(chosen).WithTriviaFrom(node) : null;
    }

    /// <inheritdoc />
    public override SyntaxNode? VisitIfStatement(IfStatementSyntax node)
    {
        if (ConstantCondition(node.Condition) is not { } holds)
        {
            return base.VisitIfStatement(node);
        }

        // if (axis == 0) … else …: the branch the constant argument takes, as a block of its own.
        var taken = holds ? node.Statement : node.Else?.Statement;
        var statements = taken is null ? new List<StatementSyntax>() : VisitStatements(taken is BlockSyntax block ? block.Statements : (IEnumerable<StatementSyntax>)new[] { taken });
        return SyntaxFactory.Block(SyntaxFactory.List(statements)).WithTriviaFrom(node);
    }

    /// <inheritdoc />
    public override SyntaxNode? VisitSwitchStatement(SwitchStatementSyntax node)
    {
        if (Known() is not { } known || !known.TrySection(node, out var section))
        {
            return base.VisitSwitchStatement(node);
        }

        // switch (axis) { case 0: …; break; … }: the section the constant argument picks, without its closing break,
        // as a block of its own (a section with another break stays a switch).
        var statements = section is null ? new List<StatementSyntax>() : section.Statements.SelectMany(statement => statement is BlockSyntax inner ? inner.Statements : (IEnumerable<StatementSyntax>)new[] { statement }).ToList();
        if (statements is [.., BreakStatementSyntax])
        {
            statements.RemoveAt(statements.Count - 1);
        }

        if (statements.Any(statement => statement.DescendantNodesAndSelf(child => child is not (ForStatementSyntax or CommonForEachStatementSyntax or WhileStatementSyntax
                or DoStatementSyntax or SwitchStatementSyntax or AnonymousFunctionExpressionSyntax or LocalFunctionStatementSyntax)).OfType<BreakStatementSyntax>().Any()))
        {
            return base.VisitSwitchStatement(node);
        }

        return SyntaxFactory.Block(SyntaxFactory.List(VisitStatements(statements))).WithTriviaFrom(node);
    }

    /// <inheritdoc />
    public override SyntaxNode? VisitSwitchExpression(SwitchExpressionSyntax node)
    {
        // axis switch { 0 => rows, _ => cols }: the arm the constant argument picks (a throwing arm stays a switch).
        return Known()?.Arm(node) is { Expression: not ThrowExpressionSyntax } arm && Visit(arm.Expression) is ExpressionSyntax chosen
            ? SyntaxFactory.ParenthesizedExpression(chosen).WithTriviaFrom(node)
            : base.VisitSwitchExpression(node);
    }

    /// <summary>
    /// The value of a helper's condition decided by the constants the call passes (<c>axis == 0</c> in an inlined
    /// <c>MaxAlong(0)</c>, <c>!keepDims</c>, <c>axis is 0</c>; <see cref="KnownArguments"/>); null for any other
    /// condition or outside such a helper.
    /// </summary>
    private bool? ConstantCondition(ExpressionSyntax condition) => Known()?.Condition(condition);

    /// <summary>The constants (and known array lengths) the call being inlined passes, as a reader of its helper's branches; null outside a helper given any.</summary>
    private KnownArguments? Known() =>
        _scope.Helper is { } helper && (_scope.Constants.Count > 0 || _scope.Lengths.Count > 0) ? new KnownArguments(helper, _scope.Constants, _model, _cancellationToken, _scope.Lengths) : null;

    /// <inheritdoc />
    public override SyntaxToken VisitToken(SyntaxToken token)
    {
        // A declaration of one of the helper's renamed locals (int j → int j_1).
        if (_scope.Helper is not null && token.IsKind(SyntaxKind.IdentifierToken) && _scope.Renames.TryGetValue(token.ValueText, out var renamed)
            && token.Parent is VariableDeclaratorSyntax or SingleVariableDesignationSyntax or ForEachStatementSyntax or CatchDeclarationSyntax or ParameterSyntax
                or LocalFunctionStatementSyntax)
        {
            return SyntaxFactory.Identifier(renamed).WithTriviaFrom(token);
        }

        return base.VisitToken(token);
    }

    /// <summary>The statements that replace <paramref name="statement"/> with its helper calls inlined; null when it has none.</summary>
    private List<StatementSyntax>? InlinedStatements(StatementSyntax statement)
    {
        // A lambda's returned row stored or awaited: its body in place (HelperInliner.ReturnedRows.cs).
        if (ReturnedRowStatements(statement) is { } rows)
        {
            return rows;
        }

        if (_scope.Depth >= MaxChain || _calls >= MaxCalls || statement is not (ExpressionStatementSyntax or LocalDeclarationStatementSyntax or ReturnStatementSyntax))
        {
            return null;
        }

        var calls = statement.DescendantNodes(node => node is not (AnonymousFunctionExpressionSyntax or LocalFunctionStatementSyntax))
            .OfType<InvocationExpressionSyntax>()
            .Where(call => ShapeOf(call) is not null && KernelOf(call) is null && !call.Ancestors().TakeWhile(ancestor => ancestor != statement).Any(ancestor => ancestor is InvocationExpressionSyntax outer && ShapeOf(outer) is not null))
            .ToList();
        if (calls.Count == 0)
        {
            return null;
        }

        // Only a statement that inlines needs the names in scope: reading them walks every enclosing block, which per
        // statement made a long method's inlining quadratic (the names are kept while its helpers are inlined).
        if (_scope.Helper is null)
        {
            _inScope = LocalScopes.NamesInScopeAt(statement);
        }

        // The call is the whole statement, a local's whole initializer, or the whole right side of an assignment to a variable.
        if (calls is [var only])
        {
            switch (statement)
            {
                case ExpressionStatementSyntax { Expression: var expression } when Unparenthesised(expression) == only:
                    return Inlined(only, target: null, targetType: null, declaration: null);
                case ExpressionStatementSyntax { Expression: AssignmentExpressionSyntax { RawKind: (int)SyntaxKind.SimpleAssignmentExpression, Left: IdentifierNameSyntax variable } assignment }
                    when Unparenthesised(assignment.Right) == only && _model.GetSymbolInfo(variable, _cancellationToken).Symbol is ILocalSymbol { RefKind: RefKind.None } local
                        && Visit(variable) is IdentifierNameSyntax target:
                    return Inlined(only, target, local.Type, declaration: null);
                case LocalDeclarationStatementSyntax { Modifiers.Count: 0, Declaration.Variables: [{ Initializer.Value: var value } declarator] } local
                    when Unparenthesised(value) == only && local.Declaration.Type is not RefTypeSyntax
                        && _model.GetDeclaredSymbol(declarator, _cancellationToken) is ILocalSymbol declared:
                    var name = _scope.Renames.TryGetValue(declared.Name, out var renamed) ? renamed : declared.Name;
                    return Inlined(only, SyntaxFactory.IdentifierName(name), declared.Type, declaration: declarator);
            }
        }

        return Hoisted(statement, calls);
    }

    /// <summary>
    /// <c>y[j] = Math.Exp(x[j] - RowMax(x, r)) / s;</c> → <c>float m; { … m = …; } y[j] = Math.Exp(x[j] - m) / s;</c>, for
    /// pure helpers in a statement whose only write is its own.
    /// </summary>
    private List<StatementSyntax>? Hoisted(StatementSyntax statement, List<InvocationExpressionSyntax> calls)
    {
        var writes = statement.DescendantNodes().Count(node => node is AssignmentExpressionSyntax
            || node.Kind() is SyntaxKind.PreIncrementExpression or SyntaxKind.PreDecrementExpression or SyntaxKind.PostIncrementExpression or SyntaxKind.PostDecrementExpression
            || node is ArgumentSyntax { RefKindKeyword.RawKind: not 0 });
        if (writes > (statement is ExpressionStatementSyntax { Expression: AssignmentExpressionSyntax } ? 1 : 0)
            || calls.Any(call => !ShapeOf(call)!.IsPure || IsConditionallyEvaluated(call, statement)))
        {
            return null;
        }

        var result = new List<StatementSyntax>();
        foreach (var call in calls)
        {
            var shape = ShapeOf(call)!;
            var name = Allocate(_usedNames, shape.AccumulatorDeclaration >= 0 && shape.Returned is IdentifierNameSyntax accumulator ? accumulator.Identifier.ValueText : shape.Method.Name + "Value");
            // An iterator's value is held as the list its yields fill (List<T>, not the IEnumerable<T> it returns).
            var type = shape.Method.ReturnType;
            result.Add(Declaration(shape.Yielded is { } element ? ListSyntax(element, call.SpanStart) : TypeSyntax(type, call.SpanStart), name, initializer: null));
            if (Inlined(call, SyntaxFactory.IdentifierName(name), type, declaration: null, targetIsList: shape.Yielded is not null) is not { } inlined)
            {
                // The statement stays as written, its calls summarised.
                calls.ForEach(done => _callValues.Remove(done));
                return null;
            }

            result.AddRange(inlined);
            _callValues[call] = SyntaxFactory.IdentifierName(name);
        }

        if (Visit(statement) is not StatementSyntax rewritten)
        {
            return null;
        }

        result.Add(rewritten);
        return result;
    }

    /// <summary>
    /// <c>T copy; { …inner body…; copy = …; }</c> for an argument that is itself a call of a pure helper
    /// (<c>Exp(Subtract(scores, maxScores))</c>: Subtract's body runs before Exp's, as the call evaluates its argument
    /// first); null for any other argument or when the inner call cannot be inlined.
    /// </summary>
    private List<StatementSyntax>? InlinedArgument(ExpressionSyntax argument, ITypeSymbol type, string copy, int position)
    {
        if (Unparenthesised(argument) is not InvocationExpressionSyntax inner || ShapeOf(inner) is not { IsPure: true, Yielded: null } || KernelOf(inner) is not null
            || _scope.Depth + 1 >= MaxChain || _calls >= MaxCalls)
        {
            return null;
        }

        if (Inlined(inner, SyntaxFactory.IdentifierName(copy), type, declaration: null) is not { } inlined)
        {
            return null;
        }

        var result = new List<StatementSyntax> { Declaration(type, copy, position, initializer: null) };
        result.AddRange(inlined);
        return result;
    }

    /// <summary>True when the call is not always evaluated by its statement (a conditional branch, a short-circuit operand).</summary>
    private static bool IsConditionallyEvaluated(SyntaxNode call, SyntaxNode statement)
    {
        for (SyntaxNode? child = call, parent = call.Parent; parent is not null && child != statement; child = parent, parent = parent.Parent)
        {
            switch (parent)
            {
                case ConditionalExpressionSyntax conditional when conditional.Condition != child:
                case BinaryExpressionSyntax binary when binary.Right == child
                    && binary.Kind() is SyntaxKind.LogicalAndExpression or SyntaxKind.LogicalOrExpression or SyntaxKind.CoalesceExpression:
                case ConditionalAccessExpressionSyntax access when access.WhenNotNull == child:
                case SwitchExpressionArmSyntax or AnonymousFunctionExpressionSyntax or QueryExpressionSyntax:
                    return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The statements that run <paramref name="call"/>'s helper body in the current scope and leave its value in
    /// <paramref name="target"/> (declared here when <paramref name="declaration"/> is the local declared by the call's
    /// statement); null when an argument cannot be bound.
    /// </summary>
    private List<StatementSyntax>? Inlined(InvocationExpressionSyntax call, ExpressionSyntax? target, ITypeSymbol? targetType, VariableDeclaratorSyntax? declaration, bool targetIsList = false)
    {
        var shape = ShapeOf(call)!;
        if (!FitsBudget(shape) || _model.GetOperation(call, _cancellationToken) is not IInvocationOperation operation)
        {
            return null;
        }

        if (shape.Fold is not null)
        {
            return InlinedFold(call, operation, shape, target, targetType, declaration);
        }

        // The helper's locals: kept names unless the method (or an earlier inlining) uses them.
        var renames = new Dictionary<string, string>(System.StringComparer.Ordinal);
        var accumulatorIsTarget = target is IdentifierNameSyntax targetName && shape.AccumulatorDeclaration >= 0 && shape.Returned is IdentifierNameSyntax accumulator
            && targetType is not null && SymbolEqualityComparer.Default.Equals(targetType, shape.Method.ReturnType);
        var prologue = new List<StatementSyntax>();
        var arguments = new Dictionary<int, ExpressionSyntax>();
        var constants = new Dictionary<int, object>();

        // A member called on another object: that object (in the current scope's terms) stands for this.
        ExpressionSyntax? receiver = null;
        IndexerPattern? indexer = null;
        if (shape.IsDispatched)
        {
            // An override of a subclass runs on this object seen as the subclass, ((SoftmaxLayer)this); an
            // implementation called on a variable on that variable seen as its type, ((NormalisingVisitor)visitor).
            if (!TryDispatchedReceiver(call, shape, out receiver))
            {
                return null;
            }
        }
        else if (ReceiverOf(call, shape.Method) is { } receiverName)
        {
            if (Visit(receiverName) is not ExpressionSyntax visitedReceiver || !IsPlain(visitedReceiver))
            {
                return null;
            }

            receiver = visitedReceiver;
            indexer = IndexerOf(shape.Method.ContainingType);
        }

        var outerReceiver = _pendingReceiver;
        _pendingReceiver = receiver;
        try
        {
            return InlinedWith(call, operation, shape, target, targetType, declaration, targetIsList, prologue, arguments, constants, receiver, indexer, renames, accumulatorIsTarget);
        }
        finally
        {
            _pendingReceiver = outerReceiver;
        }
    }

    /// <summary><see cref="Inlined"/> once the receiver (null for a helper of this or a static one) is known.</summary>
    private List<StatementSyntax>? InlinedWith(
        InvocationExpressionSyntax call,
        IInvocationOperation operation,
        HelperShape shape,
        ExpressionSyntax? target,
        ITypeSymbol? targetType,
        VariableDeclaratorSyntax? declaration,
        bool targetIsList,
        List<StatementSyntax> prologue,
        Dictionary<int, ExpressionSyntax> arguments,
        Dictionary<int, object> constants,
        ExpressionSyntax? receiver,
        IndexerPattern? indexer,
        Dictionary<string, string> renames,
        bool accumulatorIsTarget)
    {
        var arrays = new HashSet<int>();
        var lengths = new Dictionary<int, long?[]>();
        var outDeclarations = new List<StatementSyntax>();
        var delegates = new Dictionary<int, AnonymousFunctionExpressionSyntax>();
        foreach (var argument in operation.Arguments)
        {
            if (argument is { Parameter: { } delegateParameter, ArgumentKind: ArgumentKind.Explicit, Syntax: ArgumentSyntax { NameColon: null } delegateArgument }
                && ExpandableLambda(delegateParameter, delegateArgument, shape) is { } lambda)
            {
                // Expanded at each invocation (HelperInliner.DelegateArguments.cs); its names are taken, so no local hides them.
                delegates[delegateParameter.Ordinal] = lambda;
                arguments[delegateParameter.Ordinal] = lambda;
                continue;
            }

            if (argument is { Parameter: { } constantParameter, Value.ConstantValue: { HasValue: true, Value: { } constant } } && !shape.WrittenParameters.Contains(constantParameter.Ordinal))
            {
                constants[constantParameter.Ordinal] = constant;
            }
            else if (argument is { Parameter: { Type: IArrayTypeSymbol, RefKind: RefKind.None } arrayParameter, Syntax: ArgumentSyntax { Expression: var passed } }
                && !shape.WrittenParameters.Contains(arrayParameter.Ordinal) && ArrayLengths.Of(passed, _model, Known(), _cancellationToken) is { } passedLengths)
            {
                // Decides the helper's b.GetLength(0) == 1 (HelperInliner.DecidedShapes.cs).
                lengths[arrayParameter.Ordinal] = passedLengths;
            }

            if (argument.Parameter is not { } parameter || argument.ArgumentKind != ArgumentKind.Explicit || argument.Syntax is not ArgumentSyntax syntax
                || (syntax.NameColon is { } named && named.Name.Identifier.ValueText != parameter.Name)
                || Visit(syntax.Expression) is not ExpressionSyntax value)
            {
                return null;
            }

            if (parameter.RefKind == RefKind.Out && OutDeclaration(syntax, value) is { } declared)
            {
                // Helper(…, out double s): s is declared before the inlined block, which writes it as the helper's parameter.
                outDeclarations.Add(declared.Declaration);
                arguments[parameter.Ordinal] = declared.Name;
            }
            else if (parameter.RefKind is RefKind.Ref or RefKind.Out)
            {
                if (syntax.Expression is not (IdentifierNameSyntax or MemberAccessExpressionSyntax or ElementAccessExpressionSyntax) || !IsPlain(syntax.Expression))
                {
                    return null;
                }

                arguments[parameter.Ordinal] = value;
            }
            else if (IsPlain(syntax.Expression) && !shape.WrittenParameters.Contains(parameter.Ordinal) && !(shape.WritesMembers && ReadsMembers(syntax.Expression)))
            {
                arguments[parameter.Ordinal] = Parenthesised(value);
                if (IsArrayArgument(argument.Value))
                {
                    arrays.Add(parameter.Ordinal);
                }
            }
            else
            {
                var copy = Allocate(Taken(arguments.Values), parameter.Name);
                arguments[parameter.Ordinal] = SyntaxFactory.IdentifierName(copy);
                if (InlinedArgument(syntax.Expression, parameter.Type, copy, call.SpanStart) is { } inlinedArgument)
                {
                    // Exp(Subtract(scores, maxScores)): the inner helper's body fills the copy first.
                    prologue.AddRange(inlinedArgument);
                    continue;
                }

                prologue.Add(Declaration(parameter.Type, copy, call.SpanStart, value));
            }
        }

        // The accumulator is the caller's variable unless an argument reads that variable, or the accumulator starts as
        // another helper's value (double sum = Inner(…);, inlined into a temporary of its own).
        if (accumulatorIsTarget && shape.Statements[shape.AccumulatorDeclaration] is LocalDeclarationStatementSyntax { Declaration.Variables: [{ Initializer.Value: var seed }] }
            && seed.DescendantNodesAndSelf().OfType<InvocationExpressionSyntax>().Any(inner => ShapeOf(inner) is not null))
        {
            accumulatorIsTarget = false;
        }

        if (accumulatorIsTarget && arguments.Values.Cast<SyntaxNode>().Concat(prologue).Any(node => node.DescendantNodesAndSelf().OfType<IdentifierNameSyntax>().Any(name => name.Identifier.ValueText == ((IdentifierNameSyntax)target!).Identifier.ValueText)))
        {
            accumulatorIsTarget = false;
        }

        foreach (var local in shape.LocalNames)
        {
            renames[local] = accumulatorIsTarget && local == ((IdentifierNameSyntax)shape.Returned!).Identifier.ValueText ? ((IdentifierNameSyntax)target!).Identifier.ValueText : Allocate(Taken(arguments.Values.Cast<SyntaxNode>().Concat(prologue)), local);
        }

        var result = new List<StatementSyntax>(outDeclarations);
        if (declaration is not null)
        {
            result.Add(Declaration(targetType!, ((IdentifierNameSyntax)target!).Identifier.ValueText, declaration.SpanStart, initializer: null)
                .WithAdditionalAnnotations(InlinedBody.OriginOf(declaration.Parent!.Parent!)));
        }

        // An iterator's sequence is a list its yields add to: the target itself when it is one, else a local copied to it.
        string? collector = null;
        var collected = new List<StatementSyntax>();
        if (shape.Yielded is { } element)
        {
            if (target is not IdentifierNameSyntax sequence)
            {
                return null;
            }

            var start = SyntaxFactory.ObjectCreationExpression(ListSyntax(element, call.SpanStart), SyntaxFactory.ArgumentList(), initializer: null);
            if (targetIsList)
            {
                collector = sequence.Identifier.ValueText;
                prologue.Add(Assignment(sequence, start));
            }
            else
            {
                collector = Allocate(Taken(arguments.Values.Cast<SyntaxNode>().Concat(prologue)), shape.Method.Name + "Items");
                prologue.Add(Declaration(ListSyntax(element, call.SpanStart), collector, start));
                collected.Add(Assignment(sequence, SyntaxFactory.IdentifierName(collector)));
            }
        }

        var outer = _scope;
        var budget = Enter(shape);
        _scope = new Scope(shape.Method, arguments, renames, outer.Depth + 1, collector, receiver, constants, indexer, arrays, lengths) { Dispatched = shape.IsDispatched };
        if (delegates.Count > 0)
        {
            _scope.ExpandLambdas(delegates, outer, _inlining.Count - 1);
        }

        _calls++;
        _spans.Add(shape.Declaration.Span);
        var body = new List<StatementSyntax>(prologue);
        List<StatementSyntax>? pinned;
        try
        {
            for (var index = 0; index < shape.Statements.Length; index++)
            {
                var statement = shape.Statements[index];
                if (accumulatorIsTarget && index == shape.AccumulatorDeclaration
                    && statement is LocalDeclarationStatementSyntax { Declaration.Variables: [{ Initializer.Value: var initial }] }
                    && Visit(initial) is ExpressionSyntax start)
                {
                    // float m = float.MinValue; → m = float.MinValue; (m is the caller's variable)
                    body.Add(Assignment(target!, start)
                        .WithAdditionalAnnotations(InlinedBody.OriginOf(statement)));
                }
                else if (InlinedStatements(statement) is { } inlined)
                {
                    body.AddRange(inlined);
                }
                else if (Visit(statement) is StatementSyntax visited)
                {
                    body.Add(visited);
                }
            }

            if (shape.Returned is { } returned && !accumulatorIsTarget && Visit(returned) is ExpressionSyntax value)
            {
                var origin = InlinedBody.OriginOf(returned.Parent is ReturnStatementSyntax ret ? ret : returned);
                if (shape.Method.ReturnsVoid)
                {
                    // A member hook's store (OnExp(e) => _sum += e) is a statement of its own where the call stood.
                    body.Add(SyntaxFactory.ExpressionStatement(value).WithAdditionalAnnotations(origin));
                }
                else if (target is not null)
                {
                    body.Add(Assignment(target, value).WithAdditionalAnnotations(origin));
                }
                else if (returned.DescendantNodesAndSelf().Any(node => node is InvocationExpressionSyntax or AssignmentExpressionSyntax))
                {
                    body.Add(Assignment(SyntaxFactory.IdentifierName("_"), value).WithAdditionalAnnotations(origin));
                }
            }

            body.AddRange(collected);
            pinned = Pinned(shape, body, prologue.Count);
        }
        finally
        {
            _scope = outer;
            _inlining.RemoveAt(_inlining.Count - 1);

            // The helper's block ends here: its locals may be reused by a sibling block (not its copies' names, which
            // the prologue declared in it too).
            foreach (var local in renames.Values)
            {
                if (!_inScope.Contains(local) && (target is not IdentifierNameSyntax kept || kept.Identifier.ValueText != local))
                {
                    _active.Remove(local);
                }
            }
        }

        if (pinned is null || LeftUnboundCalls(budget))
        {
            return null;
        }

        // A helper that needs an unsafe context (declared unsafe, pinning) runs in an unsafe block where the call has none.
        StatementSyntax block = SyntaxFactory.Block(SyntaxFactory.List(pinned));
        if (shape.NeedsUnsafeContext && !IsInUnsafeContext(call))
        {
            block = SyntaxFactory.UnsafeStatement((BlockSyntax)block);
        }

        block = block.WithAdditionalAnnotations(InlinedBody.OriginOf(call), InlinedBody.CallOf(call));
        result.Add(shape.IsDispatched ? block.WithAdditionalAnnotations(InlinedBody.Dispatched()) : block);
        return result;
    }

    /// <summary>
    /// <paramref name="body"/> with the statements after its <paramref name="prologue"/> run in <paramref name="shape"/>'s
    /// pins (<c>fixed (double* p = x) { … }</c>, a pinned parameter read as its argument, as everywhere in the body);
    /// the body itself when the helper pins nothing; null when a pin's declaration does not rewrite.
    /// </summary>
    private List<StatementSyntax>? Pinned(HelperShape shape, List<StatementSyntax> body, int prologue)
    {
        if (shape.Pinning.IsEmpty)
        {
            return body;
        }

        StatementSyntax pinned = SyntaxFactory.Block(SyntaxFactory.List(body.Skip(prologue)));
        for (var index = shape.Pinning.Length - 1; index >= 0; index--)
        {
            if (Visit(shape.Pinning[index].Declaration) is not VariableDeclarationSyntax declaration)
            {
                return null;
            }

            pinned = SyntaxFactory.FixedStatement(declaration, pinned).WithAdditionalAnnotations(InlinedBody.OriginOf(shape.Pinning[index]));
        }

        var result = new List<StatementSyntax>(body.Take(prologue));
        result.Add(pinned);
        return result;
    }

    /// <summary>True when every named argument of a call names the parameter at its own position (evaluation order unchanged).</summary>
    private static bool NamedInOrder(SeparatedSyntaxList<ArgumentSyntax> arguments, IMethodSymbol method)
    {
        for (var index = 0; index < arguments.Count; index++)
        {
            if (arguments[index].NameColon is { } named && (index >= method.Parameters.Length || named.Name.Identifier.ValueText != method.Parameters[index].Name))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The element <paramref name="type"/>'s indexer returns (<see cref="IndexerPattern.Of"/>), memoised per type.</summary>
    private IndexerPattern? IndexerOf(ITypeSymbol type)
    {
        if (!_indexers.TryGetValue(type, out var indexer))
        {
            indexer = IndexerPattern.Of(type, _model, _cancellationToken);
            _indexers[type] = indexer;
        }

        return indexer;
    }

    /// <summary>The inlinable shape of the helper <paramref name="call"/> runs; null for any other call.</summary>
    private HelperShape? ShapeOf(InvocationExpressionSyntax call)
    {
        if (RecursiveFoldShapeOf(call) is { } fold)
        {
            return fold;
        }

        if (call.Expression is not (IdentifierNameSyntax or MemberAccessExpressionSyntax { Expression: ThisExpressionSyntax or IdentifierNameSyntax or PredefinedTypeSyntax or ElementAccessExpressionSyntax })
            || _model.GetSymbolInfo(call, _cancellationToken).Symbol is not IMethodSymbol method
            || method.Parameters.Length != call.ArgumentList.Arguments.Count
            || !NamedInOrder(call.ArgumentList.Arguments, method))
        {
            return null;
        }

        if (method.MethodKind == MethodKind.LocalFunction)
        {
            // Only a local function that walks a range its parameters give (HelperInliner.LocalRangeFunctions.cs).
            return LocalRangeShapeOf(call, method);
        }

        if (method.IsAbstract || method.IsVirtual || method.IsOverride)
        {
            // OnExp(y[i, j]) on this, visitor.Visit(i, s) on a variable: the one implementation that runs, when the
            // compilation shows it (HelperInliner.Dispatch.cs).
            return DispatchedShapeOf(call, method) is { } dispatched && !dispatched.MemberNames.Any(name => _declaredNames.Contains(name) && !IsStandInName(name))
                && (!dispatched.NeedsUnsafeContext || !_ownerIsIteratorOrAsync || IsInUnsafeContext(call)) ? dispatched : null;
        }

        var receiver = ReceiverOf(call, method);
        var onReceiver = receiver is not null;
        if (!method.IsStatic && !onReceiver
            && (_owner.IsStatic || _scope.Receiver is not null || call.Expression is MemberAccessExpressionSyntax { Expression: not ThisExpressionSyntax }))
        {
            // An instance helper on this: of the method's own object, not of the object an inlined member reads.
            return null;
        }

        var shapes = onReceiver ? _receiverShapes : _shapes;
        if (!shapes.TryGetValue(method.OriginalDefinition, out var shape))
        {
            shape = HelperShape.Of(method.OriginalDefinition, _owner, _model, _cancellationToken, onReceiver);
            if (onReceiver && shape is not null && IndexerOf(method.ContainingType) is { } indexer
                && !indexer.ReadsStorageOnlyAsElements(shape.Declaration))
            {
                // Read through the receiver's indexer where the caller does: a member walking the storage another way stays a call.
                shape = null;
            }

            shapes[method.OriginalDefinition] = shape;
        }

        // A helper that returns from a branch the call's constants decide (HelperInliner.DecidedShapes.cs).
        shape ??= DecidedShapeOf(call, method, onReceiver);

        // A field the helper reads must not be hidden by a local of the method (or of an inlined helper); a helper that
        // pins or reads pointers is inlined in an unsafe block where the call is in no unsafe context, which an iterator
        // or async method may not hold.
        // alternatives[a].Utility(beta): an element receiver only for a pure per-call sum (HelperInliner.Lambdas.cs).
        return shape is not null && !shape.MemberNames.Any(name => _declaredNames.Contains(name) && !IsStandInName(name))
            && (receiver is not ElementAccessExpressionSyntax || shape.IsPure && ReturnsPerCallSum(shape) && IsElementObject(method.ContainingType))
            && (!shape.NeedsUnsafeContext || !_ownerIsIteratorOrAsync || IsInUnsafeContext(call)) ? shape : null;
    }

    /// <summary>
    /// The variable an instance member is called on (<c>z</c> in <c>z.MaxOfRow(k)</c>): a local, parameter or field of
    /// the member's own type, or a plain element of one (<c>alternatives[a]</c> in <c>alternatives[a].Utility(beta)</c>,
    /// repeated where the member reads its object: indices of names and arithmetic only), outside any other inlined
    /// member's body; null for any other call.
    /// </summary>
    private ExpressionSyntax? ReceiverOf(InvocationExpressionSyntax call, IMethodSymbol method) =>
        !method.IsStatic && _scope.Receiver is null
        && call.Expression is MemberAccessExpressionSyntax { RawKind: (int)SyntaxKind.SimpleMemberAccessExpression, Expression: var receiver }
        && (receiver is ElementAccessExpressionSyntax { Expression: IdentifierNameSyntax container } element && IsPlain(element) ? container : receiver) is IdentifierNameSyntax variable
        && _model.GetSymbolInfo(variable, _cancellationToken).Symbol is ILocalSymbol { RefKind: RefKind.None } or IParameterSymbol { RefKind: RefKind.None } or IFieldSymbol
        && _model.GetTypeInfo(receiver, _cancellationToken).Type is { } type
        && SymbolEqualityComparer.Default.Equals(type.OriginalDefinition, method.ContainingType?.OriginalDefinition)
            ? receiver
            : null;

    /// <summary>
    /// True when <paramref name="call"/> stands in an unsafe context: an <c>unsafe</c> block, or a method, local
    /// function or type declared <c>unsafe</c> around it (for a call in an inlined helper: the helper's own, which its
    /// inlining kept).
    /// </summary>
    private static bool IsInUnsafeContext(SyntaxNode call) =>
        call.Ancestors().Any(ancestor => ancestor switch
        {
            UnsafeStatementSyntax => true,
            MemberDeclarationSyntax member => member.Modifiers.Any(SyntaxKind.UnsafeKeyword),
            LocalFunctionStatementSyntax function => function.Modifiers.Any(SyntaxKind.UnsafeKeyword),
            _ => false,
        });

    /// <summary>
    /// A name for a local of the inlined block: <paramref name="name"/> itself unless it is <paramref name="taken"/> or
    /// declared by an enclosing inlining, else <c>name_1</c>, <c>name_2</c>, … (the names the user wrote, where they
    /// do not clash, are what the diagnostics name).
    /// </summary>
    private string Allocate(HashSet<string> taken, string name)
    {
        var candidate = name;
        for (var suffix = 1; taken.Contains(candidate) || _active.Contains(candidate); suffix++)
        {
            candidate = name + "_" + suffix.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        _active.Add(candidate);
        _usedNames.Add(candidate);
        _declaredNames.Add(candidate);
        return candidate;
    }

    /// <summary>
    /// Names a local of the inlined block must not take: locals in scope at the caller's statement (they would be
    /// redeclared) and names the arguments read (a local of that name would hide them).
    /// </summary>
    private HashSet<string> Taken(IEnumerable<SyntaxNode> arguments)
    {
        var taken = new HashSet<string>(_inScope, System.StringComparer.Ordinal);
        var bound = _pendingReceiver is null ? arguments : arguments.Concat(new[] { _pendingReceiver });
        foreach (var token in bound.SelectMany(argument => argument.DescendantTokens()))
        {
            if (token.IsKind(SyntaxKind.IdentifierToken))
            {
                taken.Add(token.ValueText);
            }
        }

        return taken;
    }

    private LocalDeclarationStatementSyntax Declaration(ITypeSymbol type, string name, int position, ExpressionSyntax? initializer) =>
        Declaration(TypeSyntax(type, position), name, initializer);

    private static LocalDeclarationStatementSyntax Declaration(TypeSyntax type, string name, ExpressionSyntax? initializer)
    {
        var declarator = SyntaxFactory.VariableDeclarator(SyntaxFactory.Identifier(name));
        if (initializer is not null)
        {
            declarator = declarator.WithInitializer(SyntaxFactory.EqualsValueClause(initializer));
        }

        return SyntaxFactory.LocalDeclarationStatement(SyntaxFactory.VariableDeclaration(type, SyntaxFactory.SingletonSeparatedList(declarator))).NormalizeWhitespace();
    }

    /// <summary><c>global::System.Collections.Generic.List&lt;T&gt;</c> of <paramref name="element"/>, as written at <paramref name="position"/>.</summary>
    private TypeSyntax ListSyntax(ITypeSymbol element, int position) =>
        SyntaxFactory.ParseTypeName("global::System.Collections.Generic.List<" + element.ToMinimalDisplayString(_model, position) + ">");

    private TypeSyntax TypeSyntax(ITypeSymbol type, int position) => SyntaxFactory.ParseTypeName(type.ToMinimalDisplayString(_model, position));

    /// <summary>
    /// An argument that may be repeated wherever its parameter is read: names, literals, member and element reads and
    /// arithmetic of those (no calls, no writes, no allocations).
    /// </summary>
    private static bool IsPlain(ExpressionSyntax expression) => expression switch
    {
        IdentifierNameSyntax or LiteralExpressionSyntax or ThisExpressionSyntax or PredefinedTypeSyntax => true,
        ParenthesizedExpressionSyntax parenthesized => IsPlain(parenthesized.Expression),
        MemberAccessExpressionSyntax { RawKind: (int)SyntaxKind.SimpleMemberAccessExpression } member => IsPlain(member.Expression),
        ElementAccessExpressionSyntax element => IsPlain(element.Expression) && element.ArgumentList.Arguments.All(argument => argument.RefKindKeyword.RawKind == 0 && IsPlain(argument.Expression)),
        BinaryExpressionSyntax binary => binary.Kind() is SyntaxKind.AddExpression or SyntaxKind.SubtractExpression or SyntaxKind.MultiplyExpression
            or SyntaxKind.DivideExpression or SyntaxKind.ModuloExpression && IsPlain(binary.Left) && IsPlain(binary.Right),
        PrefixUnaryExpressionSyntax unary => unary.Kind() is SyntaxKind.UnaryMinusExpression or SyntaxKind.UnaryPlusExpression && IsPlain(unary.Operand),
        CastExpressionSyntax cast => IsPlain(cast.Expression),
        _ => false,
    };

    private bool ReadsMembers(ExpressionSyntax expression) =>
        expression.DescendantNodesAndSelf().OfType<IdentifierNameSyntax>()
            .Any(name => _model.GetSymbolInfo(name, _cancellationToken).Symbol is IFieldSymbol or IPropertySymbol);

    private static ExpressionSyntax Parenthesised(ExpressionSyntax expression) =>
        expression is IdentifierNameSyntax or LiteralExpressionSyntax or ThisExpressionSyntax or MemberAccessExpressionSyntax or ElementAccessExpressionSyntax
            or ParenthesizedExpressionSyntax or InvocationExpressionSyntax
            ? expression
            : SyntaxFactory.ParenthesizedExpression(expression).WithAdditionalAnnotations(expression.GetAnnotations(InlinedBody.OriginKind));

    /// <summary><c>target = value;</c>, spaced as written (messages quote the code).</summary>
    private static StatementSyntax Assignment(ExpressionSyntax target, ExpressionSyntax value) =>
        SyntaxFactory.ExpressionStatement(SyntaxFactory.AssignmentExpression(SyntaxKind.SimpleAssignmentExpression, target, value)).NormalizeWhitespace();

    /// <summary>Where the rewriter is: the method itself (no helper), or an inlined helper with its bindings.</summary>
    private sealed class Scope
    {
        public Scope(
            IMethodSymbol? helper,
            Dictionary<int, ExpressionSyntax> arguments,
            Dictionary<string, string> renames,
            int depth,
            string? collector = null,
            ExpressionSyntax? receiver = null,
            Dictionary<int, object>? constants = null,
            IndexerPattern? indexer = null,
            HashSet<int>? arrayArguments = null,
            Dictionary<int, long?[]>? lengths = null)
        {
            Helper = helper;
            Lengths = lengths ?? new Dictionary<int, long?[]>();
            ArrayArguments = arrayArguments ?? new HashSet<int>();
            Indexer = indexer;
            Receiver = receiver;
            Constants = constants ?? new Dictionary<int, object>();
            Collector = collector;
            Arguments = arguments;
            Renames = renames;
            Depth = depth;
        }

        public IMethodSymbol? Helper { get; }

        /// <summary>True in the implementation a virtual, abstract or interface call was dispatched to (HelperInliner.Dispatch.cs).</summary>
        public bool Dispatched { get; set; }

        /// <summary>The object an inlined member is called on: what its <c>this</c> and its simple member names read.</summary>
        public ExpressionSyntax? Receiver { get; }

        /// <summary>The storage element the receiver's indexer reads (its direct reads in the member become indexer reads).</summary>
        public IndexerPattern? Indexer { get; }

        /// <summary>Parameter ordinal → the constant the call passes for it (<c>MaxAlong(0)</c>: 0 → 0).</summary>
        public Dictionary<int, object> Constants { get; }

        /// <summary>Parameter ordinal → the lengths known of the array the call passes (<see cref="ArrayLengths"/>).</summary>
        public Dictionary<int, long?[]> Lengths { get; }

        /// <summary>The list an inlined iterator's <c>yield return e;</c> adds <c>e</c> to; null outside an iterator helper.</summary>
        public string? Collector { get; }

        /// <summary>Parameter ordinal → what a read of the parameter becomes.</summary>
        public Dictionary<int, ExpressionSyntax> Arguments { get; }

        /// <summary>Ordinals of the parameters whose argument is a one-dimensional array (HelperInliner.ArrayArguments.cs).</summary>
        public HashSet<int> ArrayArguments { get; }

        /// <summary>The helper's local names → their names in the inlined body.</summary>
        public Dictionary<string, string> Renames { get; }

        public int Depth { get; }

        /// <summary>Delegate parameter ordinal → the lambda expanded at each invocation (HelperInliner.DelegateArguments.cs).</summary>
        public Dictionary<int, AnonymousFunctionExpressionSyntax> Delegates { get; } = new();

        /// <summary>The scope the call stood in: where an expanded lambda's body is read.</summary>
        public Scope? Caller { get; private set; }

        /// <summary>How many helpers were being inlined where the call stood (the chain an expanded lambda's calls extend).</summary>
        public int CallerChain { get; private set; }

        /// <summary>Binds <paramref name="delegates"/> for expansion in <paramref name="caller"/>'s terms.</summary>
        public void ExpandLambdas(Dictionary<int, AnonymousFunctionExpressionSyntax> delegates, Scope caller, int callerChain)
        {
            foreach (var pair in delegates)
            {
                Delegates[pair.Key] = pair.Value;
            }

            Caller = caller;
            CallerChain = callerChain;
        }
    }
}
