using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using static LayerGen.Analyzers.Softmax.Model.Parentheses;

namespace LayerGen.Analyzers.Softmax.Model;

/// <summary>
/// Rows returned by a lambda (HeldOut99's <c>WhenAllLinq_TotalOverResults</c>): <c>pending[r] = Task.Run(() =&gt; { …;
/// return e; });</c> then <c>exps = await Task.WhenAll(pending)</c>, <c>exps[r] = Task.Run(…).Result</c>, or
/// <c>var tasks = Enumerable.Range(0, n).Select(r =&gt; Task.Run(() =&gt; { …; return e; })).ToArray()</c>. The lambda's
/// body is written where its value is stored, its <c>return e;</c> becoming <c>pending[r] = e;</c>, and the awaited
/// <c>Task.WhenAll(pending)</c> reads <c>pending</c> itself (now an array of the rows): the returned array is then one
/// row's exps as a named helper's inlined result is, and a normaliser over every returned row or a raw exp in the body
/// is read as if written inline. A <c>Select</c> of a block lambda materialised by <c>ToArray()</c> over
/// <c>Enumerable.Range(0, n)</c> or an array becomes the loop that fills the array. Only where that is exact: the task
/// array is read nowhere else, the lambda is not async, takes no parameters (the selector one) and returns once, last.
/// </summary>
internal sealed partial class HelperInliner
{
    /// <summary>Task arrays of the method read only as the rows their tasks return (see the type summary); computed once.</summary>
    private HashSet<ILocalSymbol>? _rowTaskArrays;

    /// <summary>Whether the method holds a lambda-returned row this file rewrites.</summary>
    private bool HasReturnedRows(BlockSyntax body) =>
        RowTaskArrays().Count > 0
        || body.DescendantNodes().OfType<ExpressionStatementSyntax>().Any(statement => TaskResultAssignment(statement) is not null)
        || body.DescendantNodes().OfType<LocalDeclarationStatementSyntax>().Any(statement => SelectedRows(statement) is not null);

    /// <summary>
    /// The statements a lambda-returned row's statement becomes (the task array's declaration, a store of a task, a
    /// materialised <c>Select</c>); null for any other statement. Only in the method's own code.
    /// </summary>
    private List<StatementSyntax>? ReturnedRowStatements(StatementSyntax statement)
    {
        if (_scope.Helper is not null || _lambdaParameterReads.Count > 0)
        {
            return null;
        }

        switch (statement)
        {
            case LocalDeclarationStatementSyntax { Declaration.Variables: [{ Initializer.Value: ArrayCreationExpressionSyntax { Initializer: null } creation } declarator] } declaration
                when _model.GetDeclaredSymbol(declarator, _cancellationToken) is ILocalSymbol local && RowTaskArrays().Contains(local)
                && creation.Type.RankSpecifiers is [{ Sizes: [var size] }] && TaskResultType(local.Type is IArrayTypeSymbol array ? array.ElementType : null) is { } row
                && Visit(size) is ExpressionSyntax count:
                // var pending = new Task<float[]>[n] → var pending = new float[n][].
                _calls++;
                return new List<StatementSyntax> { VarDeclaration(declarator.Identifier.ValueText, ArrayOf(row, count, creation.SpanStart)).WithAdditionalAnnotations(InlinedBody.OriginOf(declaration)) };
            case ExpressionStatementSyntax expression when TaskResultAssignment(expression) is { } assignment && ReturnedBody(assignment.Lambda) is { } returned:
                // pending[r] = Task.Run(() => { …; return e; }) → { …; pending[r] = e; }
                var (before, value) = returned;
                if (Visit(assignment.Target) is not ExpressionSyntax visitedTarget || Visit(value) is not ExpressionSyntax visitedValue)
                {
                    return null;
                }

                _calls++;
                var statements = VisitStatements(before);
                statements.Add(Assignment(visitedTarget.WithoutTrivia(), visitedValue.WithoutTrivia()).WithAdditionalAnnotations(InlinedBody.OriginOf(value.Parent ?? value)));
                return new List<StatementSyntax> { SyntaxFactory.Block(statements).WithAdditionalAnnotations(InlinedBody.OriginOf(statement)) };
            case ExpressionStatementSyntax { Expression: AssignmentExpressionSyntax { Right: InvocationExpressionSyntax call } stored }
                when IsStoredValue(call) && DelegateLocalLambda(call.Expression) is { Block: not null } local && ReturnedBody(local) is { } returned:
                // exps[r] = shifted(x[r]) with a delegate local returning a row: its body, then exps[r] = e.
                return ExpandedReturningCall(statement, stored.Left, call, local, returned.Before, returned.Value);
            case LocalDeclarationStatementSyntax declaration when SelectedRows(declaration) is { } selected:
                return LoweredSelect(declaration, selected);
            default:
                return null;
        }
    }

    /// <summary>
    /// <c>{ …; target = value; }</c> for <c>target = f(args);</c> with <paramref name="lambda"/> the delegate local's
    /// lambda: its parameters read as the arguments (HelperInliner.DelegateArguments.cs); null when an argument does not visit.
    /// </summary>
    private List<StatementSyntax>? ExpandedReturningCall(StatementSyntax statement, ExpressionSyntax target, InvocationExpressionSyntax call, AnonymousFunctionExpressionSyntax lambda, List<StatementSyntax> before, ExpressionSyntax value)
    {
        if (LambdaParameters(lambda) is not { } parameters || parameters.Count != call.ArgumentList.Arguments.Count || _calls >= MaxCalls
            || Visit(target) is not ExpressionSyntax visitedTarget)
        {
            return null;
        }

        var reads = new List<(IParameterSymbol Parameter, ExpressionSyntax Value)>();
        for (var index = 0; index < parameters.Count; index++)
        {
            if (Visit(call.ArgumentList.Arguments[index].Expression) is not ExpressionSyntax argument
                || _model.GetDeclaredSymbol(parameters[index], _cancellationToken) is not { } symbol)
            {
                return null;
            }

            reads.Add((symbol, Parenthesised(argument.WithoutTrivia())));
        }

        _calls++;
        foreach (var (symbol, read) in reads)
        {
            _lambdaParameterReads[symbol] = read;
        }

        try
        {
            var statements = VisitStatements(before);
            if (Visit(value) is not ExpressionSyntax visitedValue)
            {
                return null;
            }

            statements.Add(Assignment(visitedTarget.WithoutTrivia(), visitedValue.WithoutTrivia()).WithAdditionalAnnotations(InlinedBody.OriginOf(value.Parent ?? value)));
            return new List<StatementSyntax> { SyntaxFactory.Block(statements).WithAdditionalAnnotations(InlinedBody.OriginOf(statement)) };
        }
        finally
        {
            foreach (var (symbol, _) in reads)
            {
                _lambdaParameterReads.Remove(symbol);
            }
        }
    }

    /// <summary>A <c>Select</c> materialised into an array: its source loop, the selector, the element type and the count.</summary>
    private sealed class SelectedSource
    {
        public SelectedSource(ExpressionSyntax? rangeCount, ExpressionSyntax? array, AnonymousFunctionExpressionSyntax selector, ParameterSyntax parameter, ITypeSymbol element)
        {
            RangeCount = rangeCount;
            Array = array;
            Selector = selector;
            Parameter = parameter;
            Element = element;
        }

        /// <summary><c>n</c> of <c>Enumerable.Range(0, n)</c>, or null.</summary>
        public ExpressionSyntax? RangeCount { get; }

        /// <summary>The array selected from, or null.</summary>
        public ExpressionSyntax? Array { get; }

        /// <summary>The selector lambda (its body, or a <c>Task.Run</c> of one, returns the element).</summary>
        public AnonymousFunctionExpressionSyntax Selector { get; }

        /// <summary>The selector's parameter: the loop's index over a range, the element over an array.</summary>
        public ParameterSyntax Parameter { get; }

        /// <summary>The element type of the array the <c>Select</c> is materialised into (a row).</summary>
        public ITypeSymbol Element { get; }
    }

    /// <summary>
    /// <c>var x = source.Select(p =&gt; { …; return e; }).ToArray();</c> (the selector a block, or a <c>Task.Run</c> of one
    /// whose array is a row task array) over <c>Enumerable.Range(0, n)</c> or a one-dimensional array of a plain name; null otherwise.
    /// </summary>
    private SelectedSource? SelectedRows(LocalDeclarationStatementSyntax declaration)
    {
        if (declaration is not { Declaration.Variables: [{ Initializer.Value: InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax { Name.Identifier.ValueText: "ToArray" } toArray, ArgumentList.Arguments.Count: 0 } } declarator] }
            || Unparenthesised(toArray.Expression) is not InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax { Name.Identifier.ValueText: "Select" } select, ArgumentList.Arguments: [{ Expression: SimpleLambdaExpressionSyntax { AsyncKeyword.RawKind: 0 } selector }] } selectCall
            || _model.GetSymbolInfo(selectCall, _cancellationToken).Symbol is not IMethodSymbol { ContainingType.Name: "Enumerable" }
            || _model.GetDeclaredSymbol(declarator, _cancellationToken) is not ILocalSymbol { Type: IArrayTypeSymbol { Rank: 1 } declared } local
            || ReturnedBody(selector) is not { } returned)
        {
            return null;
        }

        var before = returned.Before;

        // A plain block selector returns a row it builds; through Task.Run the array must be one read only by WhenAll.
        var throughTask = selector.ExpressionBody is not null;
        if (throughTask ? !RowTaskArrays().Contains(local) : before.Count == 0 || declared.ElementType is not IArrayTypeSymbol)
        {
            return null;
        }

        var element = throughTask ? TaskResultType(declared.ElementType) : declared.ElementType;
        if (element is null)
        {
            return null;
        }

        var source = Unparenthesised(select.Expression);
        if (source is InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax { Name.Identifier.ValueText: "Range" }, ArgumentList.Arguments: [{ Expression: LiteralExpressionSyntax { Token.ValueText: "0" } }, var count] } range
            && _model.GetSymbolInfo(range, _cancellationToken).Symbol is IMethodSymbol { ContainingType.Name: "Enumerable" })
        {
            return new SelectedSource(count.Expression, null, selector, selector.Parameter, element);
        }

        return source is IdentifierNameSyntax && _model.GetTypeInfo(source, _cancellationToken).Type is IArrayTypeSymbol { Rank: 1 }
            ? new SelectedSource(null, source, selector, selector.Parameter, element)
            : null;
    }

    /// <summary>
    /// <c>var x = new R[n]; for (int p = 0; p &lt; n; p++) { …; x[p] = e; }</c> (over an array: a fresh index and
    /// <c>var p = a[i];</c> first) for a materialised <c>Select</c> (see <see cref="SelectedRows"/>).
    /// </summary>
    private List<StatementSyntax>? LoweredSelect(LocalDeclarationStatementSyntax declaration, SelectedSource selected)
    {
        var name = declaration.Declaration.Variables[0].Identifier.ValueText;
        var parameter = selected.Parameter.Identifier.ValueText;
        if (ReturnedBody(selected.Selector) is not { } returned
            || (selected.RangeCount ?? selected.Array) is not { } bound || Visit(bound) is not ExpressionSyntax visitedBound
            || Visit(returned.Value) is not ExpressionSyntax visitedValue)
        {
            return null;
        }

        var (before, value) = returned;
        var count = selected.RangeCount is null
            ? SyntaxFactory.MemberAccessExpression(SyntaxKind.SimpleMemberAccessExpression, Parenthesised(visitedBound.WithoutTrivia()), SyntaxFactory.IdentifierName("Length"))
            : visitedBound.WithoutTrivia();
        var index = selected.RangeCount is null ? Allocate(_usedNames, "index") : parameter;
        _calls++;
        var body = new List<StatementSyntax>();
        if (selected.Array is not null)
        {
            body.Add(VarDeclaration(parameter, SyntaxFactory.ElementAccessExpression(Parenthesised(visitedBound.WithoutTrivia()), Index(index))));
        }

        body.AddRange(VisitStatements(before));
        body.Add(Assignment(SyntaxFactory.ElementAccessExpression(SyntaxFactory.IdentifierName(name), Index(index)), visitedValue.WithoutTrivia()).WithAdditionalAnnotations(InlinedBody.OriginOf(value.Parent ?? value)));
        var loop = SyntaxFactory.ParseStatement($"for (int {index} = 0; {index} < 1; {index}++) {{ }}") is ForStatementSyntax parsed && parsed.Condition is BinaryExpressionSyntax condition
            ? parsed.WithCondition(condition.WithRight(Parenthesised(count))).WithStatement(SyntaxFactory.Block(body))
            : null;
        if (loop is null)
        {
            return null;
        }

        return new List<StatementSyntax>
        {
            VarDeclaration(name, ArrayOf(selected.Element, count, declaration.SpanStart)).WithAdditionalAnnotations(InlinedBody.OriginOf(declaration)),
            loop.WithAdditionalAnnotations(InlinedBody.OriginOf(declaration)),
        };

        static BracketedArgumentListSyntax Index(string index) =>
            SyntaxFactory.BracketedArgumentList(SyntaxFactory.SingletonSeparatedList(SyntaxFactory.Argument(SyntaxFactory.IdentifierName(index))));
    }

    /// <inheritdoc />
    public override SyntaxNode? VisitAwaitExpression(AwaitExpressionSyntax node) =>
        _scope.Helper is null && AwaitedRowTasks(node) is { } tasks && Visit(tasks) is ExpressionSyntax rows
            ? Parenthesised(rows.WithTriviaFrom(node))
            : base.VisitAwaitExpression(node);

    /// <summary>The row task array <c>await Task.WhenAll(tasks)</c> (or <c>.ConfigureAwait(false)</c> of it) reads; null otherwise.</summary>
    private ExpressionSyntax? AwaitedRowTasks(AwaitExpressionSyntax node) =>
        WhenAllArgument(node.Expression) is IdentifierNameSyntax tasks && _model.GetSymbolInfo(tasks, _cancellationToken).Symbol is ILocalSymbol local && RowTaskArrays().Contains(local)
            ? tasks
            : null;

    /// <summary>The one argument of <c>Task.WhenAll(x)</c>, also under <c>.ConfigureAwait(…)</c>; null for any other expression.</summary>
    private ExpressionSyntax? WhenAllArgument(ExpressionSyntax expression)
    {
        expression = Unparenthesised(expression);
        if (expression is InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax { Name.Identifier.ValueText: "ConfigureAwait" } configure })
        {
            expression = Unparenthesised(configure.Expression);
        }

        return expression is InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax { Name.Identifier.ValueText: "WhenAll" }, ArgumentList.Arguments: [var argument] } call
            && argument.RefKindKeyword.RawKind == 0 && IsTaskMember(call)
            ? Unparenthesised(argument.Expression)
            : null;
    }

    /// <summary>
    /// Locals holding tasks whose results are rows: <c>new Task&lt;R&gt;[n]</c> whose elements are only assigned
    /// <c>Task.Run</c> of a returning lambda, or <c>….Select(p =&gt; Task.Run(…)).ToArray()</c>; read otherwise only by
    /// an awaited <c>Task.WhenAll</c>.
    /// </summary>
    private HashSet<ILocalSymbol> RowTaskArrays()
    {
        if (_rowTaskArrays is not null)
        {
            return _rowTaskArrays;
        }

        // Built aside: while it is built, a store's array is checked by its type only (IsCreatedTaskArray).
        var arrays = new HashSet<ILocalSymbol>(SymbolEqualityComparer.Default);
        if (BodyOf(_declaration) is not { } body)
        {
            return _rowTaskArrays = arrays;
        }

        foreach (var declaration in body.DescendantNodes().OfType<LocalDeclarationStatementSyntax>())
        {
            if (declaration is not { Declaration.Variables: [{ Initializer.Value: var initializer } declarator] })
            {
                continue;
            }

            // Syntax first: most declarations are neither (their symbols are not looked up).
            var created = initializer is ArrayCreationExpressionSyntax { Initializer: null, Type.RankSpecifiers.Count: 1 };
            if (!created && !IsSelectOfTasks(initializer)
                || _model.GetDeclaredSymbol(declarator, _cancellationToken) is not ILocalSymbol { Type: IArrayTypeSymbol { Rank: 1, ElementType: var element } } local
                || TaskResultType(element) is null)
            {
                continue;
            }

            var awaited = 0;
            var valid = true;
            foreach (var name in body.DescendantNodes().OfType<IdentifierNameSyntax>())
            {
                if (name.Identifier.ValueText != local.Name || !SymbolEqualityComparer.Default.Equals(_model.GetSymbolInfo(name, _cancellationToken).Symbol, local))
                {
                    continue;
                }

                if (name.Parent is ArgumentSyntax { Parent.Parent: InvocationExpressionSyntax call } && WhenAllArgument(call) == name
                    && (call.Parent is AwaitExpressionSyntax || call.Parent is MemberAccessExpressionSyntax { Parent.Parent: AwaitExpressionSyntax }))
                {
                    awaited++;
                }
                else if (!(created && name.Parent is ElementAccessExpressionSyntax { Parent: AssignmentExpressionSyntax { Parent: ExpressionStatementSyntax statement } assignment } store
                    && store.Expression == name && assignment.Left == store && TaskResultAssignment(statement) is not null))
                {
                    valid = false;
                    break;
                }
            }

            if (valid && awaited > 0)
            {
                arrays.Add(local);
            }
        }

        return _rowTaskArrays = arrays;
    }

    /// <summary>True for <c>source.Select(p =&gt; Task.Run(…)).ToArray()</c> whose inner lambda returns once, last.</summary>
    private bool IsSelectOfTasks(ExpressionSyntax initializer) =>
        initializer is InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax { Name.Identifier.ValueText: "ToArray" } toArray, ArgumentList.Arguments.Count: 0 }
        && Unparenthesised(toArray.Expression) is InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax { Name.Identifier.ValueText: "Select" }, ArgumentList.Arguments: [{ Expression: SimpleLambdaExpressionSyntax { AsyncKeyword.RawKind: 0, ExpressionBody: { } } selector }] }
        && TaskRunLambda(selector.ExpressionBody!) is not null && ReturnedBody(selector) is not null;

    /// <summary>
    /// <c>target = Task.Run(lambda)</c> (a store into a row task array), <c>target = Task.Run(lambda).Result</c> or
    /// <c>.GetAwaiter().GetResult()</c>, or <c>target = await Task.Run(lambda)</c>: the target and the lambda; null otherwise.
    /// </summary>
    private (ExpressionSyntax Target, AnonymousFunctionExpressionSyntax Lambda)? TaskResultAssignment(ExpressionStatementSyntax statement)
    {
        if (statement.Expression is not AssignmentExpressionSyntax { RawKind: (int)SyntaxKind.SimpleAssignmentExpression, Left: var target, Right: var right }
            || target is not (IdentifierNameSyntax or ElementAccessExpressionSyntax))
        {
            return null;
        }

        right = Unparenthesised(right);
        ExpressionSyntax? task = right switch
        {
            MemberAccessExpressionSyntax { Name.Identifier.ValueText: "Result" } result => result.Expression,
            InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax { Name.Identifier.ValueText: "GetResult" } getResult, ArgumentList.Arguments.Count: 0 }
                when Unparenthesised(getResult.Expression) is InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax { Name.Identifier.ValueText: "GetAwaiter" } getAwaiter, ArgumentList.Arguments.Count: 0 } => getAwaiter.Expression,
            AwaitExpressionSyntax awaited => awaited.Expression,
            _ => null,
        };

        if (task is null)
        {
            // pending[r] = Task.Run(…): only into a row task array (its WhenAll then reads the rows).
            if (target is not ElementAccessExpressionSyntax { Expression: IdentifierNameSyntax array }
                || _model.GetSymbolInfo(array, _cancellationToken).Symbol is not ILocalSymbol local
                || !IsCreatedTaskArray(local))
            {
                return null;
            }

            task = right;
        }

        return TaskRunLambda(Unparenthesised(task)) is { } lambda && ReturnedBody(lambda) is not null ? (target, lambda) : null;
    }

    /// <summary>True for a local of a task array (its other reads are checked by <see cref="RowTaskArrays"/>).</summary>
    private bool IsCreatedTaskArray(ILocalSymbol local) =>
        _rowTaskArrays is not null ? _rowTaskArrays.Contains(local) : local.Type is IArrayTypeSymbol { Rank: 1, ElementType: var element } && TaskResultType(element) is not null;

    /// <summary>The parameterless, non-async lambda of <c>Task.Run(lambda)</c> or <c>Task.Run(lambda, ct)</c>; null otherwise.</summary>
    private AnonymousFunctionExpressionSyntax? TaskRunLambda(ExpressionSyntax expression) =>
        expression is InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax { Name.Identifier.ValueText: "Run" }, ArgumentList.Arguments: [{ Expression: ParenthesizedLambdaExpressionSyntax { AsyncKeyword.RawKind: 0, ParameterList.Parameters.Count: 0 } lambda }, ..] arguments } call
        && arguments.Count <= 2 && IsTaskMember(call)
            ? lambda
            : null;

    /// <summary>True when <paramref name="call"/> binds to a static member of <c>System.Threading.Tasks.Task</c>.</summary>
    private bool IsTaskMember(InvocationExpressionSyntax call) =>
        _model.GetSymbolInfo(call, _cancellationToken).Symbol is IMethodSymbol { IsStatic: true, ContainingType: { Name: "Task", ContainingNamespace: var ns } }
        && ns.ToDisplayString() == "System.Threading.Tasks";

    /// <summary>R of <c>Task&lt;R&gt;</c> when R is an array (a row); null for anything else.</summary>
    private static ITypeSymbol? TaskResultType(ITypeSymbol? type) =>
        type is INamedTypeSymbol { Name: "Task", TypeArguments: [IArrayTypeSymbol row], ContainingNamespace: var ns } && ns.ToDisplayString() == "System.Threading.Tasks"
            ? row
            : null;

    /// <summary>
    /// The statements before the one <c>return value;</c> that ends <paramref name="lambda"/>'s block, and that value (an
    /// expression body: no statements); through <c>Task.Run</c> of a lambda for an expression body that is one. Null when
    /// the body returns anywhere else, yields, or is async.
    /// </summary>
    private (List<StatementSyntax> Before, ExpressionSyntax Value)? ReturnedBody(AnonymousFunctionExpressionSyntax lambda)
    {
        if (lambda.AsyncKeyword.RawKind != 0)
        {
            return null;
        }

        if (lambda.ExpressionBody is { } expression)
        {
            return TaskRunLambda(Unparenthesised(expression)) is { } inner && inner != lambda ? ReturnedBody(inner) : null;
        }

        if (lambda.Block is not { Statements: [.., ReturnStatementSyntax { Expression: { } value } last] } block
            || block.DescendantNodes(node => node is not (AnonymousFunctionExpressionSyntax or LocalFunctionStatementSyntax)).Any(node => node is ReturnStatementSyntax or YieldStatementSyntax && node != last))
        {
            return null;
        }

        return (block.Statements.Take(block.Statements.Count - 1).ToList(), value);
    }

    /// <summary><c>var name = value;</c></summary>
    private static LocalDeclarationStatementSyntax VarDeclaration(string name, ExpressionSyntax value) =>
        Declaration(SyntaxFactory.IdentifierName("var"), name, value);

    /// <summary><c>new E[count]</c> for the element type <paramref name="element"/> (<c>new float[count][]</c> for rows of floats).</summary>
    private ArrayCreationExpressionSyntax ArrayOf(ITypeSymbol element, ExpressionSyntax count, int position)
    {
        var ranks = new List<ArrayRankSpecifierSyntax> { SyntaxFactory.ArrayRankSpecifier(SyntaxFactory.SingletonSeparatedList(count)) };
        var inner = element;
        while (inner is IArrayTypeSymbol array)
        {
            ranks.Add(SyntaxFactory.ArrayRankSpecifier(SyntaxFactory.SeparatedList<ExpressionSyntax>(Enumerable.Range(0, array.Rank).Select(_ => SyntaxFactory.OmittedArraySizeExpression()))));
            inner = array.ElementType;
        }

        return SyntaxFactory.ArrayCreationExpression(SyntaxFactory.ArrayType(TypeSyntax(inner.WithNullableAnnotation(NullableAnnotation.NotAnnotated), position), SyntaxFactory.List(ranks)));
    }
}
