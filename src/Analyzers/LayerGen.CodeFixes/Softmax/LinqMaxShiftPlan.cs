using System.Collections.Generic;
using System.Linq;
using System.Threading;
using LayerGen.Analyzers.Softmax.Model;
using LayerGen.Analyzers.Softmax.Rules;
using LayerGen.CodeFixes.Backward;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace LayerGen.CodeFixes.Softmax;

/// <summary>
/// The LG0003 rewrite of a LINQ softmax: <c>source.Select(Math.Exp)</c> or <c>source.Select(v =&gt; Math.Exp(v))</c>
/// becomes <c>source.Select(v =&gt; Math.Exp(v - max))</c>, with <c>max</c> folded over <c>source</c> by a
/// <c>foreach</c> just before the statement. Planned only when it is provably the same softmax on finite input: every
/// unshifted exp of the site maps one materialised sequence (a local, parameter or field holding an array or list), the
/// site's sum is that sequence's own (no LG0002), and the exps feed nothing but the site — summed, divided, or kept in a
/// local that only the sum and the division read. At a log-softmax site, <c>log(source.Sum(v =&gt; exp(v)))</c> becomes
/// <c>max + log(source.Sum(v =&gt; exp(v - max)))</c>.
/// </summary>
internal sealed class LinqMaxShiftPlan
{
    private LinqMaxShiftPlan(
        StatementSyntax insertBefore, ExpressionSyntax source, ITypeSymbol elementType, IReadOnlyList<SyntaxNode> methodGroups, IReadOnlyList<ExpressionSyntax> lambdaArguments, IReadOnlyList<ExpressionSyntax> logs)
    {
        Logs = logs;
        InsertBefore = insertBefore;
        Source = source;
        ElementType = elementType;
        MethodGroups = methodGroups;
        LambdaArguments = lambdaArguments;
    }

    /// <summary>The first statement that runs an exp of the site: the max is computed just before it.</summary>
    public StatementSyntax InsertBefore { get; }

    /// <summary>The sequence every rewritten <c>Select</c> maps.</summary>
    public ExpressionSyntax Source { get; }

    public ITypeSymbol ElementType { get; }

    /// <summary><c>Math.Exp</c> passed as a method group: becomes a lambda that subtracts the max.</summary>
    public IReadOnlyList<SyntaxNode> MethodGroups { get; }

    /// <summary>The lambda parameter passed to an exp: becomes <c>v - max</c>.</summary>
    public IReadOnlyList<ExpressionSyntax> LambdaArguments { get; }

    /// <summary>At a log-softmax site, <c>log(source.Sum(…))</c>: gets the maximum added back. Empty at a division site.</summary>
    public IReadOnlyList<ExpressionSyntax> Logs { get; }

    /// <summary>The plan for the site of the exp diagnosed at <paramref name="diagnosed"/>, or null when no safe rewrite exists.</summary>
    public static LinqMaxShiftPlan? TryCreate(SemanticModel semanticModel, SyntaxNode diagnosed, CancellationToken cancellationToken)
    {
        if (MethodModel.Build(semanticModel, diagnosed, cancellationToken) is not { } model)
        {
            return null;
        }

        var site = model.Sites.FirstOrDefault(candidate => candidate.Exps.Any(exp => DiagnosticSpan(exp) == diagnosed.Span));
        var shared = site is not null && (site.IsLogSoftmax
            ? model.Sites.Any(other => other != site && other.Exps.Any(exp => DiagnosticSpan(exp) == diagnosed.Span))
            : LogSoftmaxGuard.Involves(model, diagnosed.Span));
        if (site is null || shared || GlobalSumRule.IsTooWide(site, site.Axes(model.Classes)))
        {
            return null;
        }

        var unshifted = site.Exps.Where(exp => MaxShiftPlan.IsUnshifted(model, exp)).ToList();
        var selects = unshifted.Select(exp => SelectOf(exp, summing: site.IsLogSoftmax)).ToList();
        if (unshifted.Count == 0 || selects.Any(select => select is null) || (site.IsLogSoftmax && unshifted.Count != site.Exps.Length))
        {
            return null;
        }

        var source = SoftmaxModel.Unwrap(selects[0]!.Arguments[0].Value)!;
        if (!IsMaterialisedVariable(source) || selects.Any(select => !SoftmaxModel.IsSameValue(SoftmaxModel.Unwrap(select!.Arguments[0].Value)!, source))
            || source.Syntax is not ExpressionSyntax sourceSyntax)
        {
            return null;
        }

        var elementType = unshifted[0] switch
        {
            IMethodReferenceOperation reference => reference.Method.Parameters.FirstOrDefault()?.Type,
            IInvocationOperation call => call.Arguments[0].Value.Type,
            _ => null,
        };
        if (elementType is null || !MaximumStatements.CanHold(elementType)
            || (!site.IsLogSoftmax && unshifted.Any(exp => !FeedsOnlySite(exp, selects[unshifted.IndexOf(exp)]!, site))))
        {
            return null;
        }

        var logs = new List<ExpressionSyntax>();
        if (site.IsLogSoftmax && !TryFindLogs(model, site, unshifted, selects!, logs))
        {
            return null;
        }

        // One max for the site, before the first statement that maps the source; every Select in that statement list.
        var statements = selects.Select(select => select!.Syntax.AncestorsAndSelf().OfType<StatementSyntax>().FirstOrDefault()).ToList();
        var first = statements.OrderBy(statement => statement?.SpanStart ?? -1).First();
        if (first is null || statements.Any(statement => statement is null || statement.Parent != first.Parent))
        {
            return null;
        }

        var methodGroups = unshifted.OfType<IMethodReferenceOperation>().Select(reference => reference.Syntax).ToList();
        var lambdaArguments = unshifted.OfType<IInvocationOperation>().Select(call => (ExpressionSyntax)call.Arguments[0].Value.Syntax).ToList();
        return new LinqMaxShiftPlan(first, sourceSyntax, elementType!, methodGroups, lambdaArguments, logs);
    }

    /// <summary>
    /// A log-softmax's LINQ sum, <c>log(source.Sum(v =&gt; exp(v)))</c> or <c>log(source.Select(exp).Sum())</c>: each exp
    /// is all its lambda returns, and its sequence is summed by the site's sum, inline in one log (in the same statement
    /// as the exps, so after the new maximum), which gets the maximum added back.
    /// </summary>
    private static bool TryFindLogs(SoftmaxModel model, SoftmaxSite site, List<IOperation> exps, List<IInvocationOperation?> selects, List<ExpressionSyntax> logs)
    {
        for (var index = 0; index < exps.Count; index++)
        {
            if (exps[index] is IInvocationOperation && (Lambda(exps[index]) is not { } lambda
                || lambda.Body.Operations is not [IReturnOperation { ReturnedValue: { } returned }] || SoftmaxModel.Unwrap(returned) != exps[index]))
            {
                return false;
            }

            var select = selects[index]!;
            var sum = site.Sum.Folds.Contains(select) ? select
                : Parent(select) is IArgumentOperation { Parent: IInvocationOperation summing } && site.Sum.Folds.Contains(summing) ? summing : null;
            if (sum is null || Parent(sum) is not IArgumentOperation { Parent: IInvocationOperation log } || !model.Symbols.IsLog(log.TargetMethod)
                || log.Syntax is not ExpressionSyntax logSyntax)
            {
                return false;
            }

            if (!logs.Contains(logSyntax))
            {
                logs.Add(logSyntax);
            }
        }

        return logs.Count > 0;
    }

    /// <summary>Where LG0003 reports an exp: the method group's argument, or the call.</summary>
    private static Microsoft.CodeAnalysis.Text.TextSpan DiagnosticSpan(IOperation exp) =>
        exp is IMethodReferenceOperation ? (exp.Parent?.Parent ?? exp).Syntax.Span : exp.Syntax.Span;

    /// <summary>
    /// <c>Enumerable.Select(source, Math.Exp)</c>, or <c>Enumerable.Select(source, v =&gt; …Math.Exp(v)…)</c> with the
    /// exp's argument exactly the lambda's parameter.
    /// </summary>
    private static IInvocationOperation? SelectOf(IOperation exp, bool summing)
    {
        IOperation? function = exp switch
        {
            IMethodReferenceOperation => exp,
            IInvocationOperation { Arguments.Length: 1 } call when SoftmaxModel.Unwrap(call.Arguments[0].Value) is IParameterReferenceOperation parameter
                && Lambda(exp) is { Symbol.Parameters.Length: 1 } lambda && SymbolEqualityComparer.Default.Equals(lambda.Symbol.Parameters[0], parameter.Parameter) => lambda,
            _ => null,
        };
        var argument = function?.Parent is IDelegateCreationOperation creation ? creation.Parent : function?.Parent;
        // A log-softmax sums its exps directly as well: Sum(v => exp(v)), Sum(Math.Exp).
        return argument is IArgumentOperation { Parent: IInvocationOperation { TargetMethod: { Parameters.Length: 2 } select } invocation }
            && (select.Name == "Select" || (summing && select.Name == "Sum"))
            && select.ContainingType?.ToDisplayString() == "System.Linq.Enumerable"
            && select.Parameters[1].Type is INamedTypeSymbol { Arity: 2 }
            && invocation.Arguments.Length == 2 && invocation.Arguments[1] == argument
            ? invocation
            : null;
    }

    private static IAnonymousFunctionOperation? Lambda(IOperation operation)
    {
        for (var current = operation.Parent; current is not null; current = current.Parent)
        {
            if (current is IAnonymousFunctionOperation lambda)
            {
                return lambda;
            }
        }

        return null;
    }

    /// <summary>A local, parameter or field holding an array or list: enumerating it twice gives the same values.</summary>
    private static bool IsMaterialisedVariable(IOperation source) =>
        source is ILocalReferenceOperation or IParameterReferenceOperation or IFieldReferenceOperation { Instance: null or IInstanceReferenceOperation }
        && source.Type is IArrayTypeSymbol { Rank: 1 } or INamedTypeSymbol { Name: "List" or "IList" or "IReadOnlyList", Arity: 1 };

    /// <summary>
    /// The exp reaches nothing but the site: its lambda's body is the division, or the mapped sequence is summed by the
    /// site's sum, or it is kept (as is, or by <c>ToArray</c>/<c>ToList</c>) in a local read only by the site.
    /// </summary>
    private static bool FeedsOnlySite(IOperation exp, IInvocationOperation select, SoftmaxSite site)
    {
        if (exp is IInvocationOperation && Lambda(exp) is { } lambda)
        {
            if (SoftmaxModel.Contains(lambda, site.Division) && SoftmaxModel.Unwrap(site.Division is IBinaryOperation binary ? binary.LeftOperand : null) == exp)
            {
                return true;
            }

            // Otherwise the lambda maps each element to its exp, nothing more (exp(v) + 1 would not scale with the shift).
            if (lambda.Body.Operations is not [IReturnOperation { ReturnedValue: { } returned }] || SoftmaxModel.Unwrap(returned) != exp)
            {
                return false;
            }
        }

        IOperation result = select;
        while (Parent(result) is IArgumentOperation { Parent: IInvocationOperation { TargetMethod.Name: "ToArray" or "ToList", Arguments.Length: 1 } materialise })
        {
            result = materialise;
        }

        if (Parent(result) is IArgumentOperation { Parent: { } summing } && site.Sum.Folds.Contains(summing))
        {
            return true;
        }

        if (Parent(result) is not IVariableInitializerOperation { Parent: IVariableDeclaratorOperation { Symbol: { } local } })
        {
            return false;
        }

        var root = result;
        while (root.Parent is not null)
        {
            root = root.Parent;
        }

        // Divided in place (weights[n] /= total), the local ends up holding the probabilities: reads after that are fine.
        var divided = (site.Division as ICompoundAssignmentOperation)?.Target is { } target ? SoftmaxModel.Unwrap(target) : null;
        var dividedOwner = divided switch
        {
            IPropertyReferenceOperation { Property.IsIndexer: true } indexer => indexer.Instance,
            IArrayElementReferenceOperation element => element.ArrayReference,
            _ => null,
        };
        var inPlace = dividedOwner is ILocalReferenceOperation owner && SymbolEqualityComparer.Default.Equals(owner.Local, local);
        foreach (var reference in root.Descendants().OfType<ILocalReferenceOperation>().Where(reference => SymbolEqualityComparer.Default.Equals(reference.Local, local)))
        {
            var read = SoftmaxModel.Contains(site.Division, reference)
                || (inPlace && reference.Syntax.SpanStart > site.Division.Syntax.Span.End)
                || site.Sum.Folds.Any(fold => SoftmaxModel.Contains(fold, reference))
                || Parent(reference) is IPropertyReferenceOperation { Property.Name: "Count" or "Length" }
                || (Parent(reference) is IArgumentOperation { Parent: IInvocationOperation { TargetMethod.Name: "Select" } mapping } && SoftmaxModel.Contains(mapping, site.Division));
            if (!read)
            {
                return false;
            }
        }

        return true;
    }

    private static IOperation? Parent(IOperation operation)
    {
        var parent = operation.Parent;
        while (parent is IConversionOperation or IParenthesizedOperation)
        {
            parent = parent.Parent;
        }

        return parent;
    }
}
