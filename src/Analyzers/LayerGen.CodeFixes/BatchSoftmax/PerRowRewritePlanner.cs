using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using LayerGen.Analyzers.BatchSoftmax;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Formatting;
using Microsoft.CodeAnalysis.Operations;
using static LayerGen.Analyzers.BatchSoftmax.OperationHelpers;

namespace LayerGen.CodeFixes.BatchSoftmax;

/// <summary>
/// Plans the per-row rewrite of every LG0001/LG0002 finding in one method: the global reduction is deleted, and
/// each row loop gets its own max (or sum) computed over the same columns, just before the statement that uses it.
/// Any shape it cannot rewrite with certainty makes the whole plan fail (no fix rather than a wrong one).
/// </summary>
internal sealed class PerRowRewritePlanner
{
    private readonly IOperation _root;
    private readonly SemanticModel _model;
    private readonly MethodFacts _facts;
    private readonly ImmutableArray<BatchSoftmaxFinding> _findings;
    private readonly PerRowRewritePlan _plan = new();

    private PerRowRewritePlanner(IOperation root, SemanticModel model, SoftmaxSymbols symbols, ImmutableArray<BatchSoftmaxFinding> findings)
    {
        _root = root;
        _model = model;
        _facts = MethodFacts.Collect(root, symbols);
        _findings = findings;
    }

    private SoftmaxSymbols Symbols => _facts.Symbols;

    /// <summary>The plan for all <paramref name="findings"/> of the block <paramref name="root"/>, or null when any of them cannot be rewritten.</summary>
    public static PerRowRewritePlan? TryPlan(IOperation root, SemanticModel model, SoftmaxSymbols symbols, ImmutableArray<BatchSoftmaxFinding> findings)
    {
        if (findings.IsDefaultOrEmpty)
        {
            return null;
        }

        var planner = new PerRowRewritePlanner(root, model, symbols, findings);
        return planner.Plan() ? planner._plan : null;
    }

    private bool Plan()
    {
        var rewritten = new HashSet<ISymbol>(SymbolEqualityComparer.Default);
        foreach (var group in _findings.GroupBy(finding => (finding.Reduction.Kind, Variable: finding.Uses[0].Variable)))
        {
            if (group.Key.Variable is null || !rewritten.Add(group.Key.Variable))
            {
                return false;
            }
        }

        // A use inside another global reduction (the exp in `sum += exp(x[i, j] - max)`) disappears with it.
        var allUses = _findings.SelectMany(finding => finding.Uses).Where(use => !IsInsideRemovedReduction(use.Operation)).ToList();
        var rowLoops = allUses.Select(use => use.Element.RowLoop).Distinct().ToList();
        if (rowLoops.Any(loop => loop is null || rowLoops.Any(other => other != loop && Contains(other, loop))))
        {
            return false;
        }

        foreach (var group in _findings.GroupBy(finding => finding.Uses[0].Variable!, SymbolEqualityComparer.Default))
        {
            var findings = group.ToList();
            var kind = findings[0].Reduction.Kind;
            var reductions = findings.Select(finding => finding.Reduction).ToList();
            var uses = findings.SelectMany(finding => finding.Uses).Distinct().Where(use => !IsInsideRemovedReduction(use.Operation)).ToList();
            if (uses.Count == 0 || !PlanVariable(group.Key!, kind, reductions, uses, rewritten, allUses))
            {
                return false;
            }
        }

        MergeEmptiedDeclarations();
        return OrderIsSound(rewritten);
    }

    private bool PlanVariable(ISymbol variable, ReductionKind kind, List<Reduction> reductions, List<SoftmaxUse> uses, HashSet<ISymbol> rewritten, List<SoftmaxUse> allUses)
    {
        if (VariableType(variable) is not { } type || uses.Any(use => use.Variable is null || use.Kind != kind))
        {
            return false;
        }

        // Every read of the variable must be a use being fixed or part of a reduction being removed.
        foreach (var reference in References(variable))
        {
            var covered = IsInsideRemovedReduction(reference)
                || uses.Any(use => Contains(use.Reference, reference))
                || _facts.WritesOf(variable).Any(write => IsWriteTarget(write, reference));
            if (!covered)
            {
                return false;
            }
        }

        foreach (var reduction in reductions)
        {
            if (!RemoveReduction(variable, reduction, allUses))
            {
                return false;
            }
        }

        foreach (var write in _facts.WritesOf(variable))
        {
            if (reductions.Any(reduction => Contains(reduction.Operation, write) || Contains(write, reduction.Operation)))
            {
                continue;
            }

            if (!RemoveInitialisation(write, uses, allUses))
            {
                return false;
            }
        }

        foreach (var rowGroup in uses.GroupBy(use => use.Element.RowLoop))
        {
            if (!PlanInsertion(variable, type, kind, rowGroup.ToList(), rewritten))
            {
                return false;
            }
        }

        return true;
    }

    private bool IsInsideRemovedReduction(IOperation operation) =>
        _findings.Any(finding => Contains(finding.Reduction.Operation, operation));

    /// <summary>A declaration whose declarators are all removed is removed as a statement (no <c>double ;</c> left behind).</summary>
    private void MergeEmptiedDeclarations()
    {
        var emptied = _plan.Removals.OfType<VariableDeclaratorSyntax>()
            .GroupBy(declarator => declarator.Parent)
            .Where(group => group.Key is VariableDeclarationSyntax declaration && declaration.Variables.All(variable => _plan.Removals.Contains(variable)))
            .ToList();
        foreach (var group in emptied)
        {
            foreach (var declarator in group)
            {
                _plan.Removals.Remove(declarator);
            }

            if (group.Key?.Parent is LocalDeclarationStatementSyntax statement && RemovableStatement(statement) is { } removal)
            {
                _plan.Removals.Add(removal);
            }
        }
    }

    /// <summary>float or double, for a local, a field or a by-value parameter.</summary>
    private static ITypeSymbol? VariableType(ISymbol variable)
    {
        var type = variable switch
        {
            ILocalSymbol { IsRef: false, IsConst: false } local => local.Type,
            IFieldSymbol { IsReadOnly: false, IsConst: false } field => field.Type,
            IParameterSymbol { RefKind: RefKind.None } parameter => parameter.Type,
            _ => null,
        };
        return type?.SpecialType is SpecialType.System_Single or SpecialType.System_Double ? type : null;
    }

    private IEnumerable<IOperation> References(ISymbol variable) =>
        _facts.Operations.Where(operation => operation is ILocalReferenceOperation or IParameterReferenceOperation or IFieldReferenceOperation
            && SymbolEqualityComparer.Default.Equals(ReferencedSymbol(operation), variable));

    private static bool IsWriteTarget(IOperation write, IOperation reference) => write switch
    {
        IAssignmentOperation assignment => assignment.Target == reference,
        _ => false,
    };

    /// <summary>Deletes the statement (or loop nest, or declarator) that performs a global reduction.</summary>
    private bool RemoveReduction(ISymbol variable, Reduction reduction, List<SoftmaxUse> allUses)
    {
        SyntaxNode? removal;
        if (reduction.WholeBuffer is not null)
        {
            var parent = reduction.Operation.Parent;
            while (parent is IConversionOperation)
            {
                parent = parent.Parent;
            }

            removal = parent switch
            {
                IVariableInitializerOperation { Parent: IVariableDeclaratorOperation declarator }
                    when SymbolEqualityComparer.Default.Equals(declarator.Symbol, variable) => DeclaratorRemoval(declarator),
                IAssignmentOperation { Parent: IExpressionStatementOperation statement } => RemovableStatement(statement.Syntax),
                _ => null,
            };
        }
        else
        {
            removal = reduction.Operation switch
            {
                IConditionalOperation statement => RemovableStatement(statement.Syntax),
                { Parent: IExpressionStatementOperation statement } => RemovableStatement(statement.Syntax),
                _ => null,
            };
        }

        return AddRemoval(removal, allUses);
    }

    /// <summary>Deletes <c>float m = float.MinValue;</c> or <c>m = x[0, 0];</c>: a plain initial value outside every row loop.</summary>
    private bool RemoveInitialisation(IOperation write, List<SoftmaxUse> uses, List<SoftmaxUse> allUses)
    {
        if (uses.Any(use => Contains(use.Element.RowLoop, write)))
        {
            return false;
        }

        return write switch
        {
            IVariableDeclaratorOperation { Initializer: { } initializer } declarator when IsPure(initializer.Value) =>
                AddRemoval(DeclaratorRemoval(declarator), allUses),
            ISimpleAssignmentOperation { Parent: IExpressionStatementOperation statement } assignment when IsPure(assignment.Value) =>
                AddRemoval(RemovableStatement(statement.Syntax), allUses),
            _ => false,
        };
    }

    private bool AddRemoval(SyntaxNode? removal, List<SoftmaxUse> allUses)
    {
        if (removal is null || allUses.Any(use => removal.Span.Contains(use.Operation.Syntax.Span)))
        {
            return false;
        }

        _plan.Removals.Add(removal);
        return true;
    }

    /// <summary>A declaration statement with one declarator is removed whole; otherwise just the declarator.</summary>
    private static SyntaxNode? DeclaratorRemoval(IVariableDeclaratorOperation declarator)
    {
        if (declarator.Syntax is not VariableDeclaratorSyntax syntax || syntax.Parent is not VariableDeclarationSyntax declaration)
        {
            return null;
        }

        if (declaration.Variables.Count > 1)
        {
            return syntax;
        }

        return declaration.Parent is LocalDeclarationStatementSyntax statement ? RemovableStatement(statement) : null;
    }

    /// <summary>
    /// The statement to delete for <paramref name="statement"/>: climbs through loops whose body is only this statement
    /// (so an emptied loop nest goes too); null when the result is not in a statement list.
    /// </summary>
    private static SyntaxNode? RemovableStatement(SyntaxNode statement)
    {
        var node = statement;
        while (true)
        {
            var parent = node.Parent;
            if (parent is BlockSyntax { Statements.Count: 1 } onlyChild && onlyChild.Parent is ForStatementSyntax or CommonForEachStatementSyntax or WhileStatementSyntax)
            {
                node = onlyChild.Parent;
            }
            else if (parent is ForStatementSyntax forLoop && forLoop.Statement == node)
            {
                node = parent;
            }
            else if (parent is CommonForEachStatementSyntax forEach && forEach.Statement == node)
            {
                node = parent;
            }
            else if (parent is WhileStatementSyntax whileLoop && whileLoop.Statement == node)
            {
                node = parent;
            }
            else
            {
                break;
            }
        }

        return node.Parent switch
        {
            BlockSyntax or SwitchSectionSyntax => node,
            GlobalStatementSyntax global => global,
            _ => null,
        };
    }

    /// <summary>Plans the per-row max or sum for the uses inside one row loop.</summary>
    private bool PlanInsertion(ISymbol variable, ITypeSymbol type, ReductionKind kind, List<SoftmaxUse> uses, HashSet<ISymbol> rewritten)
    {
        if (uses[0].Element.RowLoop?.Syntax is not (ForStatementSyntax or CommonForEachStatementSyntax) || uses[0].Element.RowLoop!.Syntax is not StatementSyntax rowLoopSyntax)
        {
            return false;
        }

        var body = rowLoopSyntax switch
        {
            ForStatementSyntax forLoop => forLoop.Statement,
            CommonForEachStatementSyntax forEach => forEach.Statement,
            _ => null,
        };
        if (body is null)
        {
            return false;
        }

        var first = uses.OrderBy(use => use.Operation.Syntax.SpanStart).First();
        var target = body is BlockSyntax block
            ? block.Statements.FirstOrDefault(statement => statement.Span.Contains(first.Operation.Syntax.Span))
            : body;
        if (target is null)
        {
            return false;
        }

        // The column loop around the first use: its header is copied, so the per-row value covers the same columns.
        var columnLoop = first.Operation.Syntax.Ancestors().OfType<ForStatementSyntax>().FirstOrDefault(loop => target.Span.Contains(loop.Span));
        if (columnLoop is not { Declaration.Variables.Count: 1, Initializers.Count: 0, Condition: not null }
            || _model.GetDeclaredSymbol(columnLoop.Declaration.Variables[0]) is not ILocalSymbol column)
        {
            return false;
        }

        var operand = first.Operand;
        if (!IsCopyable(operand.Syntax, target, column, columnLoop)
            || !IsCopyable(columnLoop.Declaration, target, column, columnLoop)
            || !IsCopyable(columnLoop.Condition, target, column, columnLoop)
            || columnLoop.Incrementors.Any(incrementor => !IsCopyable(incrementor, target, column, columnLoop, allowColumnWrite: true))
            || !ReadsColumn(operand.Syntax, column)
            || IsOverwrittenBefore(operand, target, first, column, rewritten))
        {
            return false;
        }

        // Every use in this row loop must sit in the same column loop shape: the first one's value is computed once per row.
        if (uses.Any(use => !target.Span.Contains(use.Operation.Syntax.Span) && !IsLaterSibling(body, target, use)))
        {
            return false;
        }

        var statements = PerRowStatements(variable, type, kind, operand, columnLoop, MathName(target.SpanStart));
        _plan.Insertions.Add(new PerRowInsertion(body, target, kind == ReductionKind.Max ? 0 : 1, statements));
        return true;
    }

    private static bool IsLaterSibling(StatementSyntax body, StatementSyntax target, SoftmaxUse use) =>
        body is BlockSyntax && use.Operation.Syntax.SpanStart > target.Span.End;

    /// <summary>True when every local the copied text reads is in scope before <paramref name="target"/>, and it has no side effects.</summary>
    private bool IsCopyable(SyntaxNode node, StatementSyntax target, ILocalSymbol column, ForStatementSyntax columnLoop, bool allowColumnWrite = false)
    {
        foreach (var descendant in node.DescendantNodesAndSelf())
        {
            switch (descendant)
            {
                case AssignmentExpressionSyntax:
                    return false;
                case PrefixUnaryExpressionSyntax { RawKind: (int)SyntaxKind.PreIncrementExpression or (int)SyntaxKind.PreDecrementExpression } prefix
                    when !(allowColumnWrite && IsColumn(prefix.Operand, column)):
                    return false;
                case PostfixUnaryExpressionSyntax postfix when !(allowColumnWrite && IsColumn(postfix.Operand, column)):
                    return false;
                case InvocationExpressionSyntax invocation when !IsAllowedCall(invocation):
                    return false;
                case IdentifierNameSyntax identifier when _model.GetSymbolInfo(identifier).Symbol is ILocalSymbol local
                    && !SymbolEqualityComparer.Default.Equals(local, column):
                    if (local.DeclaringSyntaxReferences.Any(reference => target.Span.Contains(reference.Span) && !columnLoop.Span.Contains(reference.Span)
                        || columnLoop.Span.Contains(reference.Span)))
                    {
                        return false;
                    }

                    break;
            }
        }

        return true;
    }

    private bool IsColumn(ExpressionSyntax expression, ILocalSymbol column) =>
        SymbolEqualityComparer.Default.Equals(_model.GetSymbolInfo(expression).Symbol, column);

    /// <summary>exp itself, <c>GetLength</c>, and other side-effect-free reads the loop header or element may use.</summary>
    private bool IsAllowedCall(InvocationExpressionSyntax invocation) =>
        _model.GetSymbolInfo(invocation).Symbol is IMethodSymbol method
        && (Symbols.IsExp(method) || method.Name is "GetLength" or "Min" or "Max");

    private bool ReadsColumn(SyntaxNode node, ILocalSymbol column) =>
        node.DescendantNodesAndSelf().OfType<IdentifierNameSyntax>().Any(identifier => IsColumn(identifier, column));

    /// <summary>
    /// True when the target statement writes something the copied operand reads before the use reads it (e.g. a
    /// division that overwrites <c>y</c> in place right after computing it); such a per-row sum would read stale values.
    /// </summary>
    private bool IsOverwrittenBefore(IOperation operand, StatementSyntax target, SoftmaxUse use, ILocalSymbol column, HashSet<ISymbol> rewritten)
    {
        var read = new HashSet<ISymbol>(SymbolEqualityComparer.Default);
        foreach (var operation in new[] { operand }.Concat(operand.Descendants()))
        {
            if (ReferencedSymbol(operation) is { } symbol)
            {
                read.Add(symbol);
            }

            if (operation is IArrayElementReferenceOperation or IPropertyReferenceOperation { Property.IsIndexer: true }
                && BufferSymbol(operation) is { } buffer)
            {
                read.Add(buffer);
            }
        }

        IOperation? owningAssignment = use.Operation;
        while (owningAssignment is not null and not IAssignmentOperation)
        {
            owningAssignment = owningAssignment.Parent;
        }

        foreach (var operation in _facts.Operations)
        {
            if (!target.Span.Contains(operation.Syntax.Span) || operation == owningAssignment)
            {
                continue;
            }

            var written = operation switch
            {
                IAssignmentOperation assignment => BufferSymbol(assignment.Target),
                IIncrementOrDecrementOperation increment => BufferSymbol(increment.Target),
                _ => null,
            };
            if (written is not null
                && read.Contains(written)
                && !SymbolEqualityComparer.Default.Equals(written, column)
                && !rewritten.Contains(written))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// <c>float m = float.NegativeInfinity; for (…) { m = Math.Max(m, x[i, j]); }</c> or
    /// <c>float s = 0; for (…) { s += y[i, j]; }</c>.
    /// </summary>
    private static IReadOnlyList<StatementSyntax> PerRowStatements(
        ISymbol variable, ITypeSymbol type, ReductionKind kind, IOperation operand, ForStatementSyntax columnLoop, string math)
    {
        var typeName = type.SpecialType == SpecialType.System_Single ? "float" : "double";
        var name = variable.Name;
        var value = operand.Syntax.WithoutTrivia().ToString();
        var naturalType = Unwrap(operand)?.Type;
        if (type.SpecialType == SpecialType.System_Single && naturalType?.SpecialType != SpecialType.System_Single)
        {
            value = "(float)(" + value + ")";
        }

        var initialValue = kind == ReductionKind.Max ? typeName + ".NegativeInfinity" : "0";
        var declaration = variable is ILocalSymbol
            ? $"{typeName} {name} = {initialValue};"
            : $"{name} = {initialValue};";
        var header = $"for ({columnLoop.Declaration!.WithoutTrivia()}; {columnLoop.Condition!.WithoutTrivia()}; {string.Join(", ", columnLoop.Incrementors.Select(i => i.WithoutTrivia().ToString()))})";
        var step = kind == ReductionKind.Max
            ? $"{name} = {math}.Max({name}, {value});"
            : $"{name} += {value};";

        var loop = SyntaxFactory.ParseStatement(header + "\n{\n" + step + "\n}\n");
        return new StatementSyntax[]
        {
            SyntaxFactory.ParseStatement(declaration + "\n").WithAdditionalAnnotations(Formatter.Annotation),
            loop.WithAdditionalAnnotations(Formatter.Annotation),
        };
    }

    /// <summary><c>Math</c> when it means System.Math at <paramref name="position"/> (a <c>using System;</c> is in scope), else the full name.</summary>
    private string MathName(int position)
    {
        var bound = _model.GetSpeculativeSymbolInfo(position, SyntaxFactory.ParseExpression("Math"), SpeculativeBindingOption.BindAsExpression).Symbol;
        return bound is not null && SymbolEqualityComparer.Default.Equals(bound, Symbols.Math) ? "Math" : "global::System.Math";
    }

    /// <summary>
    /// A per-row sum that reads a rewritten max must come after that max's insertion in the same row loop.
    /// </summary>
    private bool OrderIsSound(HashSet<ISymbol> rewritten)
    {
        foreach (var finding in _findings.Where(finding => finding.Reduction.Kind == ReductionKind.Sum))
        {
            foreach (var use in finding.Uses)
            {
                foreach (var maxFinding in _findings.Where(other => other.Reduction.Kind == ReductionKind.Max))
                {
                    var max = maxFinding.Uses[0].Variable;
                    if (max is null || !Any(use.Operand, operation => SymbolEqualityComparer.Default.Equals(ReferencedSymbol(operation), max)))
                    {
                        continue;
                    }

                    var maxUseInLoop = maxFinding.Uses.Where(maxUse => maxUse.Element.RowLoop == use.Element.RowLoop)
                        .OrderBy(maxUse => maxUse.Operation.Syntax.SpanStart)
                        .FirstOrDefault();
                    if (maxUseInLoop is null || maxUseInLoop.Operation.Syntax.SpanStart > use.Operation.Syntax.SpanStart)
                    {
                        return false;
                    }
                }
            }
        }

        return rewritten.Count > 0;
    }

    /// <summary>No assignments, increments or calls other than exp: safe to delete or to evaluate once more.</summary>
    private bool IsPure(IOperation? value) =>
        !Any(value, operation => operation is IAssignmentOperation or IIncrementOrDecrementOperation
            || (operation is IInvocationOperation invocation && !Symbols.IsExp(invocation.TargetMethod)));
}
