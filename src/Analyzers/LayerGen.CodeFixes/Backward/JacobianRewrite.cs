using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using LayerGen.Analyzers.Softmax.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Editing;
using Microsoft.CodeAnalysis.Operations;
using Microsoft.CodeAnalysis.Text;

namespace LayerGen.CodeFixes.Backward;

/// <summary>
/// LG0006's fix: the O(n²) Jacobian-vector product becomes <c>dx = y ⊙ (dy − ⟨y, dy⟩)</c>. The sum over j of
/// <c>J[i, j] * dy[j]</c> (or of the entries computed on the fly) is replaced by <c>y[i] * (dy[i] - dot)</c> with
/// <c>dot = Σ_j y[j] * dy[j]</c> computed once before the row loop; a stored Jacobian (a local of the method) and the
/// loops that fill it are removed. The entries are evaluated at sample points (<see cref="JacobianEntry"/>) so the fix
/// is offered only when they are provably <c>y_i (δ_ij − y_j)</c> (or its off-diagonal part, when the diagonal is
/// added separately, as in the Stack Overflow AVX loop). Not offered for a Jacobian kept in a field, multiplied in
/// another method or a helper, or read anywhere else, nor when the loops do not walk one softmax slice.
/// </summary>
internal static class JacobianRewrite
{
    public static async Task<Plan?> PlanAsync(Document document, TextSpan span, CancellationToken cancellationToken)
    {
        if (await MethodModel.CreateAsync(document, span, cancellationToken).ConfigureAwait(false) is not { } method)
        {
            return null;
        }

        var use = method.Model.Jacobians.FirstOrDefault(candidate => candidate.Location.Syntax.Span == span);
        return use is null ? null : Plan.Create(method, use);
    }

    internal sealed class Plan : IRewritePlan
    {
        private readonly MethodModel _method;
        private readonly ICompoundAssignmentOperation _fold;
        private readonly IForLoopOperation _rowLoop;
        private readonly IForLoopOperation _columnLoop;
        private readonly ExpressionSyntax _rowProbability;
        private readonly ExpressionSyntax _columnProbability;
        private readonly IOperation _gradient;
        private readonly int _alpha;
        private readonly int _beta;
        private readonly ITypeSymbol _type;
        private readonly IReadOnlyList<SyntaxNode> _removals;

        private Plan(
            MethodModel method, ICompoundAssignmentOperation fold, IForLoopOperation rowLoop, IForLoopOperation columnLoop, ExpressionSyntax rowProbability,
            ExpressionSyntax columnProbability, IOperation gradient, (int Alpha, int Beta) entry, ITypeSymbol type, IReadOnlyList<SyntaxNode> removals)
        {
            _method = method;
            _fold = fold;
            _rowLoop = rowLoop;
            _columnLoop = columnLoop;
            _rowProbability = rowProbability;
            _columnProbability = columnProbability;
            _gradient = gradient;
            (_alpha, _beta) = entry;
            _type = type;
            _removals = removals;
        }

        public static Plan? Create(MethodModel method, JacobianUse use) =>
            use.Buffer is null ? OnTheFly(method, use) : Materialised(method, use);

        /// <summary><c>acc += entry(i, j) * g[j]</c> inside <c>for (j …)</c> inside <c>for (i …)</c>.</summary>
        private static Plan? OnTheFly(MethodModel method, JacobianUse use)
        {
            var model = method.Model;
            if (use.GradientProduct is not ICompoundAssignmentOperation { OperatorKind: BinaryOperatorKind.Add or BinaryOperatorKind.Subtract } fold)
            {
                return null;
            }

            var factors = SoftmaxModel.ProductFactors(fold.Value);
            var gradients = factors.Where(model.IsGradient).ToList();
            if (gradients.Count != 1)
            {
                return null;
            }

            var gradient = gradients[0];
            var gradientLoops = model.DimsOf(gradient).Keys.ToList();
            var (row, column) = gradientLoops.Contains(use.Entry.ColumnLoop) && !gradientLoops.Contains(use.Entry.RowLoop)
                ? (use.Entry.RowLoop, use.Entry.ColumnLoop)
                : gradientLoops.Contains(use.Entry.RowLoop) && !gradientLoops.Contains(use.Entry.ColumnLoop) ? (use.Entry.ColumnLoop, use.Entry.RowLoop) : (null, null);
            if (row is not IForLoopOperation rowLoop || column is not IForLoopOperation columnLoop)
            {
                return null;
            }

            var evaluator = new JacobianEntry(model, rowLoop, columnLoop);
            var entryFactors = factors.Where(factor => factor != gradient).ToList();
            var sign = fold.OperatorKind == BinaryOperatorKind.Subtract ? -1.0 : 1.0;
            var decomposed = JacobianEntry.Decompose((a, b, diagonal) => sign * entryFactors.Aggregate(1.0, (product, factor) => product * evaluator.Evaluate(factor, a, b, diagonal)));
            var rowReads = entryFactors.SelectMany(factor => evaluator.ReadsThrough(factor, rowLoop, columnLoop)).ToList();
            var columnReads = entryFactors.SelectMany(factor => evaluator.ReadsThrough(factor, columnLoop, rowLoop)).ToList();
            if (decomposed is not { } entry || rowReads.Count == 0 || columnReads.Count == 0
                || !rowReads.All(read => SoftmaxModel.IsSameValue(read, rowReads[0])) || !columnReads.All(read => SoftmaxModel.IsSameValue(read, columnReads[0])))
            {
                return null;
            }

            return Common(method, fold, rowLoop, columnLoop, (ExpressionSyntax)rowReads[0].Syntax, (ExpressionSyntax)columnReads[0].Syntax, columnReads[0], columnLoop, gradient, entry, System.Array.Empty<SyntaxNode>());
        }

        /// <summary><c>J[i, j]</c> filled from y, then <c>acc += J[i, j] * g[j]</c>; J a local of this method used nowhere else.</summary>
        private static Plan? Materialised(MethodModel method, JacobianUse use)
        {
            var model = method.Model;
            var buffer = use.Buffer!;
            if (buffer is not ILocalSymbol || model.WriteCount(buffer) != 1 || SoftmaxModel.Unwrap(model.SingleDefinition(buffer)) is not IArrayCreationOperation { Initializer: null }
                || !model.Operations.Contains(use.GradientProduct) || use.GradientProduct is not IBinaryOperation product
                || ParentFold(product) is not { } fold)
            {
                return null;
            }

            var read = IsRead(model, product.LeftOperand, buffer) ? product.LeftOperand : IsRead(model, product.RightOperand, buffer) ? product.RightOperand : null;
            var gradient = read == product.LeftOperand ? product.RightOperand : product.LeftOperand;
            if (read is null || !model.IsGradient(gradient) || !OnlyUse(model, buffer, read))
            {
                return null;
            }

            var readLoops = model.IndexLoopsOf(read).SelectMany(loops => loops).Distinct().ToList();
            var gradientLoops = model.DimsOf(gradient).Keys.ToList();
            var columnLoop = readLoops.FirstOrDefault(gradientLoops.Contains) as IForLoopOperation;
            var rowLoop = readLoops.FirstOrDefault(loop => loop != columnLoop) as IForLoopOperation;
            if (readLoops.Count != 2 || columnLoop is null || rowLoop is null)
            {
                return null;
            }

            // The fill: every store into J, in source order, must build exactly diag(y) - y yᵀ over the same loop bounds.
            var fill = use.Entry;
            if (fill.RowLoop is not IForLoopOperation fillRow || fill.ColumnLoop is not IForLoopOperation fillColumn
                || !SameBounds(fillRow, columnLoop) || !SameBounds(fillColumn, columnLoop) || FillDecomposition(model, buffer, fill) is not (1, -1))
            {
                return null;
            }

            var evaluator = new JacobianEntry(model, fillRow, fillColumn);
            var rowRead = evaluator.ReadsThrough(fill.Product, fillRow, fillColumn).FirstOrDefault();
            if (rowRead is null || Removals(method, buffer, fold) is not { } removals)
            {
                return null;
            }

            // The fill's y[i], read at the product's loops instead (its other variables must mean the same there).
            var fillVariable = fillRow.Locals[0];
            if (!RewriteSyntax.IsPure(rowRead) || RewriteSyntax.ReadVariables(rowRead).Any(variable => !SymbolEqualityComparer.Default.Equals(variable, fillVariable)
                && (RewriteSyntax.IsDeclaredIn(variable, fillRow.Syntax) || RewriteSyntax.IsWrittenIn(variable, fillRow) || !InScope(method, variable, rowLoop))))
            {
                return null;
            }

            var atRow = RewriteSyntax.Substitute((ExpressionSyntax)rowRead.Syntax, method.SemanticModel, Map(fillVariable, rowLoop.Locals[0].Name));
            var atColumn = RewriteSyntax.Substitute((ExpressionSyntax)rowRead.Syntax, method.SemanticModel, Map(fillVariable, columnLoop.Locals[0].Name));
            return Common(method, fold, rowLoop, columnLoop, atRow, atColumn, rowRead, fillRow, gradient, (1, -1), removals);
        }

        private static Plan? Common(
            MethodModel method, ICompoundAssignmentOperation fold, IForLoopOperation rowLoop, IForLoopOperation columnLoop, ExpressionSyntax rowProbability,
            ExpressionSyntax columnProbability, IOperation probabilityRead, IOperation probabilityLoop, IOperation gradient, (int, int) entry, IReadOnlyList<SyntaxNode> removals)
        {
            var model = method.Model;
            var probabilityVariable = probabilityLoop is IForLoopOperation { Locals.Length: 1 } forLoop ? forLoop.Locals[0] : null;
            if (rowLoop.Syntax is not ForStatementSyntax { Declaration.Variables.Count: 1 } || columnLoop.Syntax is not ForStatementSyntax { Declaration.Variables.Count: 1 } columnSyntax
                || rowLoop.Locals.Length != 1 || columnLoop.Locals.Length != 1 || !SoftmaxModel.Contains(rowLoop, columnLoop)
                || !IsOnlyStatementOf(fold, columnLoop) || HeaderReads(columnSyntax, method.SemanticModel, rowLoop.Locals[0])
                || probabilityVariable is null || !SoftmaxSlice.LoopWalksOneSlice(model, probabilityRead, probabilityLoop)
                || !ReadableBeforeRowLoop(gradient, rowLoop, columnLoop.Locals[0]) || !RewriteSyntax.IsPure(gradient)
                || !ReadableBeforeRowLoop(probabilityRead, rowLoop, probabilityVariable) || !RewriteSyntax.IsPure(probabilityRead)
                || SoftmaxModel.Unwrap(fold.Value)?.Type is not { } type || RewriteSyntax.Zero(type, SyntaxGenerator.GetGenerator(method.Document)) is null)
            {
                return null;
            }

            return new Plan(method, fold, rowLoop, columnLoop, rowProbability, columnProbability, gradient, entry, type, removals);
        }

        public async Task<Document> ApplyAsync(CancellationToken cancellationToken)
        {
            var editor = await DocumentEditor.CreateAsync(_method.Document, cancellationToken).ConfigureAwait(false);
            var generator = editor.Generator;
            var rowSyntax = (ForStatementSyntax)_rowLoop.Syntax;
            var columnSyntax = (ForStatementSyntax)_columnLoop.Syntax;
            var name = RewriteSyntax.UniqueName("dot", _method.SemanticModel, rowSyntax.SpanStart, _method.Owner);
            var dot = SyntaxFactory.IdentifierName(name);
            var gradientAtColumn = ((ExpressionSyntax)_gradient.Syntax).WithoutTrivia();
            var gradientAtRow = RewriteSyntax.Substitute((ExpressionSyntax)_gradient.Syntax, _method.SemanticModel, Map(_columnLoop.Locals[0], _rowLoop.Locals[0].Name));

            // T dot = 0; for (j …) dot += y[j] * g[j];   before the row loop.
            var declaration = RewriteSyntax.Declaration(_type, name, RewriteSyntax.Zero(_type, generator)!, generator);
            var accumulate = SyntaxFactory.ExpressionStatement(SyntaxFactory.AssignmentExpression(
                SyntaxKind.AddAssignmentExpression, dot,
                SyntaxFactory.BinaryExpression(SyntaxKind.MultiplyExpression, RewriteSyntax.Parenthesize(_columnProbability.WithoutTrivia()), RewriteSyntax.Parenthesize(gradientAtColumn))));
            var dotLoop = columnSyntax.WithStatement(SyntaxFactory.Block(accumulate)).WithoutTrivia();

            // acc += y[i] * (α g[i] + β dot)   in place of the column loop.
            var foldSyntax = (AssignmentExpressionSyntax)_fold.Syntax;
            var replacement = SyntaxFactory.ExpressionStatement(foldSyntax.WithRight(RowTerm(_rowProbability.WithoutTrivia(), gradientAtRow, dot)).WithoutTrivia())
                .WithTriviaFrom(columnSyntax).WithAdditionalAnnotations(Microsoft.CodeAnalysis.Formatting.Formatter.Annotation);
            editor.ReplaceNode(columnSyntax, replacement);
            foreach (var removal in _removals)
            {
                editor.RemoveNode(removal, SyntaxRemoveOptions.KeepNoTrivia);
            }

            RewriteSyntax.InsertBefore(editor, rowSyntax, new StatementSyntax[] { declaration, dotLoop });
            return await Cleanup.RunAsync(editor.GetChangedDocument(), cancellationToken).ConfigureAwait(false);
        }

        /// <summary>y_i (α g_i + β dot): <c>y[i] * (g[i] - dot)</c> for the Jacobian, <c>-y[i] * dot</c> for its off-diagonal part.</summary>
        private ExpressionSyntax RowTerm(ExpressionSyntax probability, ExpressionSyntax gradient, ExpressionSyntax dot)
        {
            var y = RewriteSyntax.Parenthesize(probability);
            var g = RewriteSyntax.Parenthesize(gradient);
            ExpressionSyntax Times(ExpressionSyntax inner) =>
                SyntaxFactory.BinaryExpression(SyntaxKind.MultiplyExpression, y, SyntaxFactory.ParenthesizedExpression(inner));
            return (_alpha, _beta) switch
            {
                (0, 1) => SyntaxFactory.BinaryExpression(SyntaxKind.MultiplyExpression, y, dot),
                (0, -1) => SyntaxFactory.BinaryExpression(SyntaxKind.MultiplyExpression, SyntaxFactory.PrefixUnaryExpression(SyntaxKind.UnaryMinusExpression, y), dot),
                (1, -1) => Times(SyntaxFactory.BinaryExpression(SyntaxKind.SubtractExpression, g, dot)),
                (1, 1) => Times(SyntaxFactory.BinaryExpression(SyntaxKind.AddExpression, g, dot)),
                (-1, 1) => Times(SyntaxFactory.BinaryExpression(SyntaxKind.SubtractExpression, dot, g)),
                _ => SyntaxFactory.PrefixUnaryExpression(SyntaxKind.UnaryMinusExpression, Times(SyntaxFactory.BinaryExpression(SyntaxKind.AddExpression, g, dot))),
            };
        }
    }

    private static Dictionary<ISymbol, ExpressionSyntax> Map(ISymbol variable, string name) =>
        new(SymbolEqualityComparer.Default) { [variable] = SyntaxFactory.IdentifierName(name) };

    private static ICompoundAssignmentOperation? ParentFold(IOperation product)
    {
        var current = product;
        while (current.Parent is IConversionOperation or IParenthesizedOperation)
        {
            current = current.Parent;
        }

        return current.Parent is ICompoundAssignmentOperation { OperatorKind: BinaryOperatorKind.Add or BinaryOperatorKind.Subtract } fold && fold.Value == current ? fold : null;
    }

    private static bool IsRead(SoftmaxModel model, IOperation operand, ISymbol buffer) =>
        SoftmaxModel.Unwrap(operand) is IArrayElementReferenceOperation or IPropertyReferenceOperation { Property.IsIndexer: true }
        && SymbolEqualityComparer.Default.Equals(model.BufferOf(SoftmaxModel.Unwrap(operand)!), buffer);

    /// <summary>J is referenced only by its stores (and row allocations) and by the one product read.</summary>
    private static bool OnlyUse(SoftmaxModel model, ISymbol buffer, IOperation productRead)
    {
        var stores = new HashSet<IOperation>(model.ElementWritesTo(buffer).Select(write => SoftmaxModel.Unwrap(write.Target)!));
        var read = SoftmaxModel.Unwrap(productRead);
        foreach (var node in model.Operations)
        {
            if (node is not ILocalReferenceOperation reference || !SymbolEqualityComparer.Default.Equals(reference.Local, buffer)
                || reference.Parent is IVariableDeclaratorOperation)
            {
                continue;
            }

            IOperation element = reference;
            while (element.Parent is IArrayElementReferenceOperation outer && outer.ArrayReference == element)
            {
                element = outer;
            }

            if (element == reference || (!stores.Contains(element) && element != read))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// Replays every store into J for one off-diagonal and one diagonal entry (source order, <c>i == j</c> guards,
    /// <c>=</c>/<c>+=</c>/<c>-=</c>) and decomposes the result; row allocations (<c>J[i] = new T[n]</c>) keep zeros.
    /// </summary>
    private static (int, int)? FillDecomposition(SoftmaxModel model, ISymbol buffer, OuterProduct fill)
    {
        var stores = new List<(IOperation Write, IOperation Target, IOperation Value, IOperation Row, IOperation? Column)>();
        foreach (var (write, target, value) in model.ElementWritesTo(buffer).OrderBy(write => write.Write.Syntax.SpanStart))
        {
            if (value is null)
            {
                return null;
            }

            if (SoftmaxModel.Unwrap(value) is IArrayCreationOperation)
            {
                continue;
            }

            var positions = model.IndexLoopsOf(target);
            var loops = positions.SelectMany(set => set).Distinct().ToList();
            if (loops.Count == 2)
            {
                var row = positions.First().First();
                stores.Add((write, target, value, row, loops.First(loop => loop != row)));
            }
            else if (loops.Count == 1 && positions.Count >= 2)
            {
                stores.Add((write, target, value, loops[0], null));
            }
            else
            {
                return null;
            }
        }

        double Entry(double a, double b, bool diagonal)
        {
            var entry = 0.0;
            foreach (var store in stores)
            {
                if (store.Column is null && !diagonal)
                {
                    continue;
                }

                var evaluator = new JacobianEntry(model, store.Row, store.Column ?? (IOperation)store.Write);
                if (Guard(evaluator, store.Write) is { } applies && applies != diagonal)
                {
                    continue;
                }

                if (Guard(evaluator, store.Write) is null && HasUnknownGuard(store.Write, store.Row))
                {
                    return double.NaN;
                }

                var value = evaluator.Evaluate(store.Value, a, store.Column is null ? a : b, diagonal);
                entry = store.Write switch
                {
                    ICompoundAssignmentOperation { OperatorKind: BinaryOperatorKind.Add } => entry + value,
                    ICompoundAssignmentOperation { OperatorKind: BinaryOperatorKind.Subtract } => entry - value,
                    ISimpleAssignmentOperation => value,
                    _ => double.NaN,
                };
            }

            return entry;
        }

        return stores.Count == 0 ? null : JacobianEntry.Decompose(Entry);
    }

    /// <summary>For a store under <c>if (i == j)</c>: true (diagonal only) or false (off-diagonal only); null when unguarded.</summary>
    private static bool? Guard(JacobianEntry evaluator, IOperation write)
    {
        IOperation current = write;
        while (current.Parent is { } parent && parent is not ILoopOperation)
        {
            if (parent is IConditionalOperation { Type: null } conditional && evaluator.Case(conditional.Condition) is { } equal)
            {
                return conditional.WhenTrue == current ? equal : !equal;
            }

            current = parent;
        }

        return null;
    }

    private static bool HasUnknownGuard(IOperation write, IOperation loop)
    {
        for (var current = write.Parent; current is not null && current != loop; current = current.Parent)
        {
            if (current is IConditionalOperation { Type: null })
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>J's declaration and the outermost statements around its stores that do nothing else.</summary>
    private static IReadOnlyList<SyntaxNode>? Removals(MethodModel method, ISymbol buffer, IOperation fold)
    {
        var model = method.Model;
        var removals = new List<SyntaxNode>();
        if (buffer.DeclaringSyntaxReferences.FirstOrDefault()?.GetSyntax() is not VariableDeclaratorSyntax { Parent: VariableDeclarationSyntax { Variables.Count: 1, Parent: LocalDeclarationStatementSyntax declaration } })
        {
            return null;
        }

        removals.Add(declaration);
        foreach (var (write, _, _) in model.ElementWritesTo(buffer))
        {
            var statement = write.Syntax.FirstAncestorOrSelf<StatementSyntax>();
            if (statement is null)
            {
                return null;
            }

            while (statement.Parent is StatementSyntax parent && parent is not BlockSyntax { Parent: BaseMethodDeclarationSyntax or AccessorDeclarationSyntax }
                && IsStoreOnly(method, parent, buffer) && !parent.Span.Contains(fold.Syntax.Span))
            {
                statement = parent;
            }

            if (statement is BlockSyntax && statement.Parent is not BlockSyntax)
            {
                return null;
            }

            if (!removals.Any(existing => existing.Span.Contains(statement.Span)))
            {
                removals.RemoveAll(existing => statement.Span.Contains(existing.Span));
                removals.Add(statement);
            }
        }

        return removals.Any(removal => removal.Span.Contains(fold.Syntax.Span)) ? null : removals;
    }

    /// <summary>A statement whose only effects are stores into J (loops, blocks, ifs and their own loop variables).</summary>
    private static bool IsStoreOnly(MethodModel method, StatementSyntax statement, ISymbol buffer)
    {
        if (method.SemanticModel.GetOperation(statement) is not { } operation)
        {
            return false;
        }

        foreach (var node in operation.DescendantsAndSelf())
        {
            switch (node)
            {
                case IAssignmentOperation assignment when SymbolEqualityComparer.Default.Equals(method.Model.BufferOf(assignment.Target), buffer):
                    continue;
                case IAssignmentOperation:
                    return false;
                case IIncrementOrDecrementOperation increment when SoftmaxModel.VariableOf(increment.Target) is { } variable && RewriteSyntax.IsDeclaredIn(variable, statement):
                    continue;
                case IIncrementOrDecrementOperation or IReturnOperation or IBranchOperation { BranchKind: BranchKind.Break or BranchKind.Continue or BranchKind.GoTo }:
                    return false;
                case IInvocationOperation when !RewriteSyntax.IsPure(node):
                    return false;
            }
        }

        return true;
    }

    private static bool IsOnlyStatementOf(IOperation fold, IForLoopOperation loop)
    {
        var statement = fold.Parent as IExpressionStatementOperation;
        return statement is not null && (loop.Body == statement || loop.Body is IBlockOperation { Operations.Length: 1 } block && block.Operations[0] == statement);
    }

    private static bool HeaderReads(ForStatementSyntax loop, SemanticModel semanticModel, ISymbol variable)
    {
        var header = new SyntaxNode?[] { loop.Declaration, loop.Condition }.Concat(loop.Incrementors).Concat(loop.Initializers);
        return header.Where(node => node is not null)
            .SelectMany(node => node!.DescendantNodesAndSelf().OfType<IdentifierNameSyntax>())
            .Any(identifier => SymbolEqualityComparer.Default.Equals(semanticModel.GetSymbolInfo(identifier).Symbol, variable));
    }

    /// <summary>The same start, bound and step: <c>for (int i = 0; i &lt; n; i++)</c> and <c>for (int j = 0; j &lt; n; j++)</c>.</summary>
    private static bool SameBounds(IForLoopOperation first, IForLoopOperation second)
    {
        if (first.Syntax is not ForStatementSyntax a || second.Syntax is not ForStatementSyntax b
            || a.Declaration?.Variables.SingleOrDefault()?.Initializer?.Value is not { } startA || b.Declaration?.Variables.SingleOrDefault()?.Initializer?.Value is not { } startB
            || a.Condition is not BinaryExpressionSyntax conditionA || b.Condition is not BinaryExpressionSyntax conditionB
            || a.Incrementors.Count != 1 || b.Incrementors.Count != 1)
        {
            return false;
        }

        return startA.ToString() == startB.ToString() && conditionA.Kind() == conditionB.Kind() && conditionA.Right.ToString() == conditionB.Right.ToString()
            && a.Incrementors[0].Kind() == b.Incrementors[0].Kind() && first.Locals.Length == 1 && second.Locals.Length == 1;
    }

    /// <summary>The gradient can be read in a copy of the column loop placed before the row loop.</summary>
    private static bool ReadableBeforeRowLoop(IOperation gradient, IForLoopOperation rowLoop, ISymbol columnVariable)
    {
        foreach (var variable in RewriteSyntax.ReadVariables(gradient))
        {
            if (!SymbolEqualityComparer.Default.Equals(variable, columnVariable) && (RewriteSyntax.IsDeclaredIn(variable, rowLoop.Syntax) || RewriteSyntax.IsWrittenIn(variable, rowLoop)))
            {
                return false;
            }
        }

        var buffers = gradient.DescendantsAndSelf().Select(node => SoftmaxModel.Unwrap(node) is IArrayElementReferenceOperation element ? element.ArrayReference.Syntax.ToString() : null)
            .Where(name => name is not null).ToList();
        return !rowLoop.Body.DescendantsAndSelf().OfType<IAssignmentOperation>()
            .Any(assignment => SoftmaxModel.Unwrap(assignment.Target) is IArrayElementReferenceOperation element && buffers.Contains(element.ArrayReference.Syntax.ToString()));
    }

    private static bool InScope(MethodModel method, ISymbol variable, IOperation at) =>
        method.SemanticModel.LookupSymbols(at.Syntax.SpanStart, name: variable.Name).Any(symbol => SymbolEqualityComparer.Default.Equals(symbol, variable));
}
