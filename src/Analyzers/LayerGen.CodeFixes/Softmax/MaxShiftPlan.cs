using System.Collections.Generic;
using System.Linq;
using System.Threading;
using LayerGen.Analyzers.Softmax.Model;
using LayerGen.Analyzers.Softmax.Rules;
using LayerGen.CodeFixes.Backward;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace LayerGen.CodeFixes.Softmax;

/// <summary>
/// The LG0003 rewrite of one softmax site, decided from the analyzer's <see cref="SoftmaxModel"/>: a maximum over the
/// softmax slice, computed by a copy of the loop that exponentiates the slice, and every unshifted exp of the site
/// given <c>- max</c>; at a log-softmax site each <c>log(s)</c> of the sum also gets <c>max +</c>. Planned only when it
/// is provably the same softmax on finite input: the site's sum is per slice (no LG0002), the copied loop walks exactly
/// the sum's axis, and each rewritten exp feeds only this site.
/// </summary>
internal sealed class MaxShiftPlan
{
    private MaxShiftPlan(
        StatementSyntax insertBefore, ForStatementSyntax anchorLoop, ExpressionSyntax anchorArgument, ITypeSymbol elementType, IReadOnlyList<ExpressionSyntax> exponents, IReadOnlyList<ExpressionSyntax> logs)
    {
        Logs = logs;
        InsertBefore = insertBefore;
        AnchorLoop = anchorLoop;
        AnchorArgument = anchorArgument;
        ElementType = elementType;
        Exponents = exponents;
    }

    /// <summary>The first statement of the block that runs an exp of the site: the max is computed just before it.</summary>
    public StatementSyntax InsertBefore { get; }

    /// <summary>The loop whose header the max loop copies.</summary>
    public ForStatementSyntax AnchorLoop { get; }

    /// <summary>The exp argument inside <see cref="AnchorLoop"/>, in terms of its header alone (locals of its body inlined).</summary>
    public ExpressionSyntax AnchorArgument { get; }

    /// <summary>float, double or an IEEE 754 generic-math type: the type of the maximum.</summary>
    public ITypeSymbol ElementType { get; }

    /// <summary>
    /// The exponents that get <c>- max</c>: the argument of <c>exp(v)</c> or of a one-line exp helper, the exponent of
    /// <c>Math.Pow(b, v)</c> with a constant base b &gt; 1 (also as a named argument): <c>b^(v - max)</c> is bounded like
    /// <c>exp(v - max)</c>.
    /// </summary>
    public IReadOnlyList<ExpressionSyntax> Exponents { get; }

    /// <summary>
    /// At a log-softmax site, the <c>log(s)</c> calls of the shifted sum that get the maximum added back
    /// (<see cref="LogSumCompensation"/>); empty at a division site, where the shift cancels in the quotient.
    /// </summary>
    public IReadOnlyList<ExpressionSyntax> Logs { get; }

    /// <summary>The plan for the site of the exp at <paramref name="expSyntax"/>, or null when no safe rewrite exists.</summary>
    public static MaxShiftPlan? TryCreate(SemanticModel semanticModel, SyntaxNode expSyntax, CancellationToken cancellationToken)
    {
        if (MethodModel.Build(semanticModel, expSyntax, cancellationToken) is not { } model)
        {
            return null;
        }

        var site = model.Sites.FirstOrDefault(candidate => candidate.Exps.Any(exp => exp.Syntax.Span == expSyntax.Span));
        // A log-softmax site is shifted on its own (no other site may share its exps); a division site never shares an
        // exp with a log-softmax one.
        var shared = site is not null && (site.IsLogSoftmax
            ? model.Sites.Any(other => other != site && other.Exps.Any(exp => exp.Syntax.Span == expSyntax.Span))
            : LogSoftmaxGuard.Involves(model, expSyntax.Span));
        if (site is null || shared || GlobalSumRule.IsTooWide(site, site.Axes(model.Classes)) || site.Sum.Folds.Length != 1)
        {
            return null;
        }

        // Pow(0.5, v) enters its exponent negated: a maximum subtracted from v would not bound it (its shift is a minimum).
        var unshifted = site.Exps.Where(exp => IsUnshifted(model, exp)).ToList();
        if (unshifted.Count == 0 || unshifted.Any(exp => exp.Syntax is not InvocationExpressionSyntax || ExponentOf(model, exp) is null || model.NegatesExponent(exp))
            || (site.IsLogSoftmax && unshifted.Count != site.Exps.Length))
        {
            return null;
        }

        // Every rewritten exp must feed this site only: stored into the divided buffer, folded into the sum, or divided
        // (at a log-softmax site: summed, checked with the logs of the sum below).
        var sumSymbol = SoftmaxModel.VariableOf(site.Sum.Folds[0] is IAssignmentOperation fold ? fold.Target : null);
        if (sumSymbol is null || (!site.IsLogSoftmax && unshifted.Any(exp => !FeedsOnlySite(exp, site, sumSymbol))))
        {
            return null;
        }

        var axes = site.Axes(model.Classes);
        foreach (var exp in unshifted)
        {
            var argument = model.ExpArgument(exp);
            if (exp.Syntax.Ancestors().OfType<ForStatementSyntax>().FirstOrDefault() is not { Declaration: not null, Parent: BlockSyntax block } loop
                || semanticModel.GetOperation(loop, cancellationToken) is not { } loopOperation
                || !argument.Dims.TryGetValue(loopOperation, out var atoms)
                || !model.Classes.Classes(atoms).SetEquals(axes.Sum))
            {
                continue;
            }

            // Every unshifted exp must run after the max: all of them inside statements of this block.
            var statements = unshifted.Select(other => block.Statements.FirstOrDefault(statement => statement.Span.Contains(other.Syntax.Span))).ToList();
            if (statements.Any(statement => statement is null))
            {
                return null;
            }

            var first = statements.OrderBy(statement => statement!.SpanStart).First()!;
            var anchor = ExponentOf(model, exp)!;
            var elementType = semanticModel.GetTypeInfo(anchor, cancellationToken).Type;
            if (elementType is null || !MaximumStatements.CanHold(elementType) || LoopBodyLocals.Inline(semanticModel, loop, anchor, cancellationToken) is not { } portable)
            {
                return null;
            }

            var logs = site.IsLogSoftmax ? LogSumCompensation.Logs(model, site, sumSymbol, block, first, unshifted) : new List<ExpressionSyntax>();
            if (logs is null)
            {
                return null;
            }

            return new MaxShiftPlan(first, loop, portable, elementType, unshifted.Select(other => ExponentOf(model, other)!).ToList(), logs);
        }

        return null;
    }

    /// <summary>
    /// The exponent's syntax: the one argument of an exp (or exp helper), the exponent of <c>Pow(e, v)</c>; null when it
    /// is not written in the call (a helper's exponent of several parameters, <c>Exp(logit / t)</c>, is in the helper).
    /// </summary>
    private static ExpressionSyntax? ExponentOf(SoftmaxModel model, IOperation exp) =>
        (model.ExpOperand(exp) ?? (exp is IInvocationOperation { Arguments.Length: 1 } call ? call.Arguments[0].Value : null)) is { Syntax: var syntax }
        && syntax.Parent is ArgumentSyntax && syntax.SyntaxTree == exp.Syntax.SyntaxTree && exp.Syntax.Span.Contains(syntax.Span)
            ? syntax as ExpressionSyntax
            : null;

    internal static bool IsUnshifted(SoftmaxModel model, IOperation exp)
    {
        var argument = model.ExpArgument(exp);
        return argument.RawRoots.Count > 0 && argument.Shifts.Count == 0 && !argument.IsOpaque;
    }

    /// <summary><c>y[..] = exp(..)</c> with y divided at the site, <c>s += exp(..)</c>, or <c>exp(..) / s</c> itself.</summary>
    internal static bool FeedsOnlySite(IOperation exp, SoftmaxSite site, ISymbol sum) => FeedsOnlySite(exp, site, sum, depth: 0);

    private static bool FeedsOnlySite(IOperation exp, SoftmaxSite site, ISymbol sum, int depth)
    {
        var parent = exp.Parent;
        while (parent is IConversionOperation or IParenthesizedOperation)
        {
            parent = parent.Parent;
        }

        switch (parent)
        {
            case ICompoundAssignmentOperation { OperatorKind: BinaryOperatorKind.Add } compound:
                return SymbolEqualityComparer.Default.Equals(SoftmaxModel.VariableOf(compound.Target), sum);
            case IBinaryOperation binary when binary == site.Division:
                return true;
            case IVariableInitializerOperation { Parent: IVariableDeclaratorOperation { Symbol: { } local } } when depth == 0:
                // float e = exp(..); then e only stored, summed or divided.
                var references = RootOf(exp).Descendants().OfType<ILocalReferenceOperation>().Where(reference => SymbolEqualityComparer.Default.Equals(reference.Local, local)).ToList();
                return references.Count > 0 && references.All(reference => FeedsOnlySite(reference, site, sum, depth + 1));
            case ISimpleAssignmentOperation assignment when assignment.Target is IArrayElementReferenceOperation or IPropertyReferenceOperation { Property.IsIndexer: true }:
                var buffer = BufferOf(assignment.Target);
                if (buffer is null || !SymbolEqualityComparer.Default.Equals(buffer, BufferOf(DividedValue(site))))
                {
                    return false;
                }

                // Divided in place, the buffer ends up holding the probabilities either way; an intermediate local
                // buffer must be read nowhere but by the site (else someone else sees the shifted exps).
                return DividesInPlace(site, buffer) || OnlyReadBySite(buffer, exp, site);
            default:
                return false;
        }
    }

    /// <summary><c>y[..] /= s</c> or <c>y[..] = y[..] / s</c>.</summary>
    private static bool DividesInPlace(SoftmaxSite site, ISymbol buffer)
    {
        if (site.Division is ICompoundAssignmentOperation)
        {
            return true;
        }

        var parent = site.Division.Parent;
        while (parent is IConversionOperation or IParenthesizedOperation)
        {
            parent = parent.Parent;
        }

        return parent is ISimpleAssignmentOperation store && SymbolEqualityComparer.Default.Equals(BufferOf(store.Target), buffer);
    }

    private static IOperation RootOf(IOperation operation)
    {
        while (operation.Parent is not null)
        {
            operation = operation.Parent;
        }

        return operation;
    }

    private static bool OnlyReadBySite(ISymbol buffer, IOperation exp, SoftmaxSite site)
    {
        if (buffer is not ILocalSymbol)
        {
            return false;
        }

        var root = RootOf(exp);

        var fold = site.Sum.Folds[0];
        foreach (var reference in root.Descendants().OfType<ILocalReferenceOperation>())
        {
            if (SymbolEqualityComparer.Default.Equals(reference.Local, buffer)
                && !SoftmaxModel.Contains(site.Division, reference) && !SoftmaxModel.Contains(fold, reference)
                && !(exp.Parent is { } store && SoftmaxModel.Contains(SoftmaxModel.Unwrap(store.Parent) ?? store, reference)))
            {
                return false;
            }
        }

        return true;
    }

    private static IOperation? DividedValue(SoftmaxSite site) => site.Division switch
    {
        ICompoundAssignmentOperation compound => compound.Target,
        IBinaryOperation binary => binary.LeftOperand,
        _ => null,
    };

    /// <summary>The buffer an element belongs to; a <c>foreach</c> row (<c>foreach (var row in p) row[j] /= s</c>) belongs to its collection.</summary>
    private static ISymbol? BufferOf(IOperation? element)
    {
        while (true)
        {
            element = SoftmaxModel.Unwrap(element);
            switch (element)
            {
                case IArrayElementReferenceOperation array:
                    element = array.ArrayReference;
                    break;
                case IPropertyReferenceOperation { Property.IsIndexer: true } indexer:
                    element = indexer.Instance;
                    break;
                case ILocalReferenceOperation { Local: var local } when ForEachCollection(element, local) is { } collection:
                    element = collection;
                    break;
                default:
                    return SoftmaxModel.VariableOf(element);
            }
        }
    }

    /// <summary>The collection of the <c>foreach</c> around <paramref name="reference"/> that declares <paramref name="local"/>.</summary>
    private static IOperation? ForEachCollection(IOperation reference, ILocalSymbol local)
    {
        for (var parent = reference.Parent; parent is not null; parent = parent.Parent)
        {
            if (parent is IForEachLoopOperation loop && loop.Locals.Contains(local, SymbolEqualityComparer.Default))
            {
                return loop.Collection;
            }
        }

        return null;
    }
}
