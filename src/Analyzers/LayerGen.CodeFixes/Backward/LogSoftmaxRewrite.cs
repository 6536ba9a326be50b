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
/// LG0005's fix: <c>Math.Log(p[k])</c>, where <c>p[k] = exp(a(k)) / s</c> was computed in the same method, becomes
/// the log-softmax <c>(a(k) - Math.Log(s))</c> — the site's own shifted logit <c>a = x - m</c> at the logged index,
/// and its own sum. Exact on finite input (log(exp(a) / s) = a - log s) and never -∞ for finite logits.
/// Offered only when the logged element maps onto the element the site wrote (index by index), the site's max and
/// sum are in scope at the log and hold the logged slice's values there (not still accumulating, not another
/// slice's), and the logits were not overwritten. Not offered for clipped logs, method groups, or probabilities
/// from a field or a helper (their max and sum are not visible). Probabilities from <c>LayerGen.Softmax.Forward</c>
/// get <see cref="LibraryLogSoftmaxRewrite"/> instead.
/// </summary>
internal static class LogSoftmaxRewrite
{
    private const int MaxHops = 3;

    public static async Task<IRewritePlan?> PlanAsync(Document document, TextSpan span, CancellationToken cancellationToken)
    {
        if (await MethodModel.CreateAsync(document, span, cancellationToken).ConfigureAwait(false) is not { } method)
        {
            return null;
        }

        var log = method.Model.LogsOfProbabilities.FirstOrDefault(candidate => candidate.Log.Syntax.Span == span);
        return log is null ? null : (IRewritePlan?)Plan.Create(method, log) ?? LibraryLogSoftmaxRewrite.Create(method, log);
    }

    internal sealed class Plan : IRewritePlan
    {
        private readonly MethodModel _method;
        private readonly IInvocationOperation _log;
        private readonly ExpressionSyntax _shiftedLogit;
        private readonly ITypeSymbol? _shiftedLogitType;
        private readonly IOperation _sum;

        private Plan(MethodModel method, IInvocationOperation log, ExpressionSyntax shiftedLogit, ITypeSymbol? shiftedLogitType, IOperation sum)
        {
            _method = method;
            _log = log;
            _shiftedLogit = shiftedLogit;
            _shiftedLogitType = shiftedLogitType;
            _sum = sum;
        }

        public static Plan? Create(MethodModel method, LogOfProbability log)
        {
            if (log.IsClipped || log.Log is not IInvocationOperation call || log.Probability is not { } probability
                || call.Syntax is not InvocationExpressionSyntax { ArgumentList.Arguments.Count: 1 })
            {
                return null;
            }

            var tracer = new Tracer(method);
            if (tracer.Trace(probability, new Dictionary<ISymbol, ExpressionSyntax>(SymbolEqualityComparer.Default), 0) is not { } traced)
            {
                return null;
            }

            var (site, exp, substitution) = traced;
            if (exp.Arguments.Length != 1 || !tracer.ShiftedLogitIsValidAt(exp.Arguments[0].Value, substitution, site, call)
                || tracer.SumAt(site, call) is not { } sum)
            {
                return null;
            }

            var argument = exp.Arguments[0].Value is IConversionOperation { IsImplicit: true } conversion ? conversion.Operand : exp.Arguments[0].Value;
            var shifted = RewriteSyntax.Substitute((ExpressionSyntax)argument.Syntax, method.SemanticModel, substitution);
            return new Plan(method, call, shifted, argument.Type, sum);
        }

        public async Task<Document> ApplyAsync(CancellationToken cancellationToken)
        {
            var editor = await DocumentEditor.CreateAsync(_method.Document, cancellationToken).ConfigureAwait(false);
            var generator = editor.Generator;
            var logSyntax = (InvocationExpressionSyntax)_log.Syntax;
            var parameterType = _log.TargetMethod.Parameters[0].Type;
            var resultType = _log.TargetMethod.ReturnType;

            ExpressionSyntax sum = ((ExpressionSyntax)_sum.Syntax).WithoutTrivia();
            var compilation = _method.SemanticModel.Compilation;
            if (_sum.Type is null || !compilation.ClassifyConversion(_sum.Type, parameterType).IsImplicit)
            {
                sum = ((ExpressionSyntax)generator.CastExpression(parameterType, sum)).WithAdditionalAnnotations(Microsoft.CodeAnalysis.Simplification.Simplifier.Annotation);
            }

            var logOfSum = logSyntax.WithArgumentList(SyntaxFactory.ArgumentList(SyntaxFactory.SingletonSeparatedList(SyntaxFactory.Argument(sum)))).WithoutTrivia();
            ExpressionSyntax logit = _shiftedLogit;
            if (_shiftedLogitType is null || !compilation.ClassifyConversion(_shiftedLogitType, resultType).IsImplicit)
            {
                logit = ((ExpressionSyntax)generator.CastExpression(resultType, RewriteSyntax.Parenthesize(logit))).WithAdditionalAnnotations(Microsoft.CodeAnalysis.Simplification.Simplifier.Annotation);
            }

            var replacement = SyntaxFactory.ParenthesizedExpression(SyntaxFactory.BinaryExpression(SyntaxKind.SubtractExpression, logit, logOfSum))
                .WithAdditionalAnnotations(Microsoft.CodeAnalysis.Simplification.Simplifier.Annotation, Microsoft.CodeAnalysis.Formatting.Formatter.Annotation)
                .WithTriviaFrom(logSyntax);
            editor.ReplaceNode(logSyntax, replacement);
            return await Cleanup.RunAsync(editor.GetChangedDocument(), cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Follows a probability back to the exp its site divided, mapping the site's loop variables onto the logged index.</summary>
    private sealed class Tracer
    {
        private readonly MethodModel _method;

        public Tracer(MethodModel method) => _method = method;

        private SoftmaxModel Model => _method.Model;

        /// <summary>The site, its numerator's exp call, and loop variable → expression at the log.</summary>
        public (SoftmaxSite Site, IInvocationOperation Exp, Dictionary<ISymbol, ExpressionSyntax> Substitution)? Trace(
            IOperation probability, Dictionary<ISymbol, ExpressionSyntax> substitution, int hops)
        {
            probability = SoftmaxModel.Unwrap(probability)!;
            if (hops > MaxHops)
            {
                return null;
            }

            switch (probability)
            {
                case IBinaryOperation { OperatorKind: BinaryOperatorKind.Divide } divide when SiteOf(divide) is { } site:
                    return Exp(divide.LeftOperand, substitution, hops) is { } direct ? (site, direct.Exp, direct.Substitution) : null;
                case ILocalReferenceOperation local when Model.SingleDefinition(local.Local) is { } definition:
                    return Trace(definition, substitution, hops + 1);
                case IArrayElementReferenceOperation or IPropertyReferenceOperation { Property.IsIndexer: true }:
                    return TraceElement(probability, substitution, hops);
                default:
                    return null;
            }
        }

        /// <summary><c>y[r]</c>: the site that divides the elements of y (in place, or stored as <c>y[w] = e / s</c>).</summary>
        private (SoftmaxSite, IInvocationOperation, Dictionary<ISymbol, ExpressionSyntax>)? TraceElement(
            IOperation read, Dictionary<ISymbol, ExpressionSyntax> substitution, int hops)
        {
            if (Model.BufferOf(read) is not { } root)
            {
                return null;
            }

            foreach (var site in Model.Sites.Where(site => !site.IsLogSoftmax))
            {
                switch (site.Division)
                {
                    case ICompoundAssignmentOperation compound when SymbolEqualityComparer.Default.Equals(Model.BufferOf(compound.Target), root):
                        // y[w] /= s: the exp was stored into y[w'] before.
                        foreach (var (_, target, value) in Model.ElementWritesTo(root))
                        {
                            if (value is not null && target != compound.Target && Bind(target, read, substitution) is { } bound
                                && Exp(value, bound, hops + 1) is { } stored)
                            {
                                return Bind(compound.Target, read, substitution) is null ? null : (site, stored.Exp, stored.Substitution);
                            }
                        }

                        return null;
                    case IBinaryOperation divide when AssignmentOf(divide) is { } assignment
                        && SymbolEqualityComparer.Default.Equals(Model.BufferOf(assignment.Target), root):
                        return Bind(assignment.Target, read, substitution) is { } mapped && Exp(divide.LeftOperand, mapped, hops + 1) is { } numerator
                            ? (site, numerator.Exp, numerator.Substitution)
                            : null;
                }
            }

            return null;
        }

        /// <summary>The exp a numerator is: the call itself, a local holding it, or an element of a buffer it was stored in.</summary>
        private (IInvocationOperation Exp, Dictionary<ISymbol, ExpressionSyntax> Substitution)? Exp(IOperation value, Dictionary<ISymbol, ExpressionSyntax> substitution, int hops)
        {
            value = SoftmaxModel.Unwrap(value)!;
            if (hops > MaxHops)
            {
                return null;
            }

            switch (value)
            {
                case IInvocationOperation { Arguments.Length: 1 } call when Model.Symbols.IsExp(call.TargetMethod):
                    return (call, substitution);
                case ILocalReferenceOperation local when Model.SingleDefinition(local.Local) is { } definition:
                    return Exp(definition, substitution, hops + 1);
                case IArrayElementReferenceOperation or IPropertyReferenceOperation { Property.IsIndexer: true } when Model.BufferOf(value) is { } buffer:
                    // The one store of an exp into that buffer (the site's own division store does not resolve to an exp).
                    var index = Substituted(value, substitution);
                    var found = Model.ElementWritesTo(buffer)
                        .Where(write => write.Value is not null && index is not null)
                        .Select(write => BindTexts(write.Target, index!) is { } bound ? Exp(write.Value!, bound, hops + 1) : null)
                        .Where(result => result is not null)
                        .ToList();
                    return found.Count == 1 ? found[0] : null;
                default:
                    return null;
            }
        }

        /// <summary>Maps the loop variables of a written element's index onto the read element's index expressions.</summary>
        private Dictionary<ISymbol, ExpressionSyntax>? Bind(IOperation target, IOperation read, Dictionary<ISymbol, ExpressionSyntax> substitution) =>
            Substituted(read, substitution) is { } indices ? BindTexts(target, indices) : null;

        /// <summary>The read's index expressions with the current substitution applied.</summary>
        private List<ExpressionSyntax>? Substituted(IOperation read, Dictionary<ISymbol, ExpressionSyntax> substitution) =>
            Indices(read)?.Select(index => RewriteSyntax.Substitute((ExpressionSyntax)index.Syntax, _method.SemanticModel, substitution)).ToList();

        private Dictionary<ISymbol, ExpressionSyntax>? BindTexts(IOperation target, List<ExpressionSyntax> readIndices)
        {
            var written = Indices(target);
            if (written is null || written.Count != readIndices.Count)
            {
                return null;
            }

            var result = new Dictionary<ISymbol, ExpressionSyntax>(SymbolEqualityComparer.Default);
            for (var position = 0; position < written.Count; position++)
            {
                var index = SoftmaxModel.Unwrap(written[position])!;
                var read = readIndices[position];
                if (SoftmaxModel.VariableOf(index) is ILocalSymbol variable && Model.LoopOfVariable(variable, index) is not null)
                {
                    if (!Assign(result, variable, read))
                    {
                        return null;
                    }

                    continue;
                }

                // base + j against base + k: j ↦ k.
                if (index is IBinaryOperation { OperatorKind: BinaryOperatorKind.Add } add && read is BinaryExpressionSyntax { RawKind: (int)SyntaxKind.AddExpression } readAdd
                    && SoftmaxModel.VariableOf(add.RightOperand) is ILocalSymbol offsetVariable && Model.LoopOfVariable(offsetVariable, add.RightOperand) is not null
                    && Compact(add.LeftOperand.Syntax.ToString()) == Compact(readAdd.Left.ToString()))
                {
                    if (!Assign(result, offsetVariable, readAdd.Right))
                    {
                        return null;
                    }

                    continue;
                }

                if (Compact(index.Syntax.ToString()) != Compact(read.ToString()))
                {
                    return null;
                }
            }

            return result;
        }

        private static bool Assign(Dictionary<ISymbol, ExpressionSyntax> map, ISymbol variable, ExpressionSyntax value)
        {
            if (map.TryGetValue(variable, out var existing))
            {
                return Compact(existing.ToString()) == Compact(value.ToString());
            }

            map[variable] = value;
            return true;
        }

        private static IReadOnlyList<IOperation>? Indices(IOperation element) => SoftmaxModel.Unwrap(element) switch
        {
            IArrayElementReferenceOperation array => array.Indices,
            IPropertyReferenceOperation { Property.IsIndexer: true } indexer => indexer.Arguments.Select(argument => argument.Value).ToList(),
            _ => null,
        };

        /// <summary>The assignment that stores a division (through conversions and parentheses).</summary>
        private static ISimpleAssignmentOperation? AssignmentOf(IOperation division)
        {
            var current = division;
            while (current.Parent is IConversionOperation or IParenthesizedOperation)
            {
                current = current.Parent;
            }

            return current.Parent is ISimpleAssignmentOperation assignment && assignment.Value == current ? assignment : null;
        }

        private SoftmaxSite? SiteOf(IOperation division) => Model.Sites.FirstOrDefault(site => !site.IsLogSoftmax && site.Division == division);

        /// <summary>
        /// True when every variable the shifted logit reads, other than the substituted ones, means the same at the log:
        /// in scope there, a max holding the logged slice's value, a loop variable of a loop around both, or a variable
        /// written at most once; and the buffers it reads are never written in the method.
        /// </summary>
        public bool ShiftedLogitIsValidAt(IOperation shiftedLogit, Dictionary<ISymbol, ExpressionSyntax> substitution, SoftmaxSite site, IOperation log)
        {
            if (!RewriteSyntax.IsPure(shiftedLogit))
            {
                return false;
            }

            foreach (var node in shiftedLogit.DescendantsAndSelf())
            {
                if (node is IArrayElementReferenceOperation or IPropertyReferenceOperation { Property.IsIndexer: true })
                {
                    if (Model.BufferOf(node) is not { } buffer || Model.ElementWritesTo(buffer).Any() || Model.WriteCount(buffer) > 1)
                    {
                        return false;
                    }

                    continue;
                }

                if (SoftmaxModel.VariableOf(node) is not { } variable || substitution.ContainsKey(variable) || node.Parent is IArrayElementReferenceOperation { ArrayReference: var array } && array == node
                    || node.Parent is IPropertyReferenceOperation { Instance: var instance } && instance == node)
                {
                    continue;
                }

                if (variable is IFieldSymbol or IPropertySymbol)
                {
                    return false;
                }

                if (!InScope(variable, log))
                {
                    return false;
                }

                if (Model.IsReduction(variable))
                {
                    if (Model.ReductionAt(node, log) is not { Kind: ReductionKind.Max, IsPartial: false } max || !max.StaleAtoms.IsEmpty || !OnlyFoldsAndConstants(variable))
                    {
                        return false;
                    }

                    continue;
                }

                if (Model.LoopOfVariable(variable, node) is { } loop)
                {
                    if (Model.LoopOfVariable(variable, log) != loop)
                    {
                        return false;
                    }

                    continue;
                }

                if (Model.WriteCount(variable) > 1)
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary>The site's sum, as an operation to copy, when it is a local in scope at the log holding the logged slice's total.</summary>
        public IOperation? SumAt(SoftmaxSite site, IOperation log)
        {
            var divisor = site.Division switch
            {
                ICompoundAssignmentOperation compound => compound.Value,
                IBinaryOperation { OperatorKind: BinaryOperatorKind.Divide } divide => divide.RightOperand,
                _ => null,
            };
            divisor = SoftmaxModel.Unwrap(divisor);
            if (divisor is not ILocalReferenceOperation local || !InScope(local.Local, log) || !OnlyFoldsAndConstants(local.Local))
            {
                return null;
            }

            return Model.ReductionAt(divisor, log) is { Kind: ReductionKind.Sum, IsPartial: false } sum && sum.StaleAtoms.IsEmpty ? divisor : null;
        }

        /// <summary>Every write of the variable is a fold (<c>+=</c>, <c>Max</c>, a guarded assignment) or a constant (the reset).</summary>
        private bool OnlyFoldsAndConstants(ISymbol variable)
        {
            foreach (var operation in Model.Operations)
            {
                var (target, value) = operation switch
                {
                    IVariableDeclaratorOperation { Initializer: { } initializer } declarator => ((ISymbol?)declarator.Symbol, initializer.Value),
                    IAssignmentOperation assignment => (SoftmaxModel.VariableOf(assignment.Target), assignment.Value),
                    IIncrementOrDecrementOperation increment => (SoftmaxModel.VariableOf(increment.Target), null),
                    _ => (null, null),
                };
                if (!SymbolEqualityComparer.Default.Equals(target, variable))
                {
                    continue;
                }

                var constant = value is not null && SoftmaxModel.Unwrap(value)!.ConstantValue.HasValue
                    || value is not null && SoftmaxModel.Unwrap(value) is IFieldReferenceOperation { Field.IsConst: true } or IPropertyReferenceOperation { Property.IsStatic: true }
                    || value is not null && SoftmaxModel.Unwrap(value) is IInvocationOperation { TargetMethod.Name: "Max" or "Sum" };
                var fold = operation is ICompoundAssignmentOperation { OperatorKind: BinaryOperatorKind.Add }
                    || value is not null && value.DescendantsAndSelf().Any(node => SymbolEqualityComparer.Default.Equals(SoftmaxModel.VariableOf(node), variable))
                    || operation is ISimpleAssignmentOperation && IsGuardedByComparison(operation, variable);
                if (!constant && !fold)
                {
                    return false;
                }
            }

            return true;
        }

        private static bool IsGuardedByComparison(IOperation assignment, ISymbol variable)
        {
            for (var current = assignment.Parent; current is not null; current = current.Parent)
            {
                if (current is IConditionalOperation { Condition: var condition })
                {
                    return condition.DescendantsAndSelf().Any(node => SymbolEqualityComparer.Default.Equals(SoftmaxModel.VariableOf(node), variable));
                }

                if (current is ILoopOperation)
                {
                    return false;
                }
            }

            return false;
        }

        private bool InScope(ISymbol variable, IOperation at) =>
            _method.SemanticModel.LookupSymbols(at.Syntax.SpanStart, name: variable.Name).Any(symbol => SymbolEqualityComparer.Default.Equals(symbol, variable));

        private static string Compact(string text) => new(text.Where(character => !char.IsWhiteSpace(character)).ToArray());
    }
}
