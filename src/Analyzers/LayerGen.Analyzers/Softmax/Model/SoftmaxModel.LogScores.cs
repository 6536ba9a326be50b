using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace LayerGen.Analyzers.Softmax.Model;

/// <summary>
/// What a log in an exponent bounds. <c>exp(log x)</c> is <c>x</c>: a log of one value, scaled by a data-free factor
/// (<c>exp(c · log x) = x^c</c>, a power of a variable base like <c>Math.Pow(x, c)</c>, decided not an exp) or
/// combined with other such logs (<c>exp(log a − log b) = a / b</c>), gives back finite values and is no raw logit
/// (<see cref="LogScore.Bounded"/>). A log plus anything else is a log-domain score and as raw as any logit
/// (<see cref="LogScore.Unbounded"/>): <c>exp(log a + b) = a · e^b</c> overflows with <c>b</c>, and a sum of logs
/// accumulated over a loop (naive Bayes' <c>logp = log prior; logp += log density</c> per feature, a LINQ
/// <c>Sum</c> of logs) is a product of arbitrarily many factors that overflows, or underflows the whole class axis
/// to 0 / 0, whatever the logged values are (even values the model cannot read, such as a density helper's).
/// The exponent is read term by term through locals, array elements, compound assignments and LINQ sums.
/// </summary>
internal sealed partial class SoftmaxModel
{
    /// <summary>How deep locals and elements are followed from the exponent.</summary>
    private const int MaxLogScoreDepth = 4;

    private readonly Dictionary<IOperation, LogScoreTerms> _logScores = new();

    private bool? _hasLogCall;

    /// <summary>True when the block calls a log (<c>Math.Log</c>, <c>MathF.Log</c>, <c>T.Log</c>, …) anywhere.</summary>
    private bool HasLogCall => _hasLogCall ??= _operations.Any(operation => operation is IInvocationOperation call && Symbols.IsLog(call.TargetMethod));

    /// <summary>What the logs in <paramref name="exp"/>'s exponent make of it (see the type remarks).</summary>
    public LogScore LogScoreOf(IOperation exp) => LogScoreTermsOf(exp)?.Score ?? LogScore.None;

    private LogScoreTerms? LogScoreTermsOf(IOperation exp)
    {
        // Most methods log nothing: then no exponent is a log-domain score, and no exp re-reads the writes of the
        // variables it reads (a maximum shared by n softmaxes would be read n times).
        if (!HasLogCall || exp is not IInvocationOperation call || ExpOperand(call) is not { } exponent)
        {
            return null;
        }

        if (!_logScores.TryGetValue(exp, out var terms))
        {
            terms = new LogScoreTerms();
            _logScores[exp] = terms;
            CollectLogScoreTerms(exponent, accumulated: false, depth: 0, terms, new HashSet<ISymbol>(SymbolEqualityComparer.Default));
        }

        return terms;
    }

    /// <summary>
    /// True when <paramref name="exp"/> exponentiates a log-domain score (<see cref="LogScore.Unbounded"/>) from which
    /// nothing that may be its maximum is subtracted: the terms of a log-density (<c>−½z²</c> around a mean,
    /// <c>−log σ</c>) shift nothing (DensityTerms.cs), while a maximum over the classes, a log-sum-exp or a clamp do.
    /// </summary>
    /// <remarks>
    /// What a loop adds or subtracts term by term (<c>logp -= 0.5 · (v − μ)² / σ² + log σ</c> per feature), and what
    /// such a term subtracts inside itself, is part of the score, not a shift of it: one term per feature bounds
    /// nothing of their sum.
    /// </remarks>
    public bool IsUnshiftedLogScore(IOperation exp) =>
        LogScoreTermsOf(exp) is { Score: LogScore.Unbounded } terms
        && !ExpArgument(exp).Shifts.Any(shift => !terms.AccumulatedFolds.Any(fold => Contains(fold, shift)) && !IsDensityTerm(Unwrap(shift)!) && !IsKnownNonMaximum(shift, exp))
        && !PositiveMinima(exp).Any() && !IsSeedTermOfItsMaximum(exp) && !IsTermOfItsInlineMaximum(exp);

    /// <summary>
    /// Adds the additive terms of <paramref name="value"/> to <paramref name="terms"/>: sums and differences are split,
    /// a data-free factor or divisor is dropped, locals and array elements are replaced by what is written to them
    /// (a write that folds into the variable inside a loop that does not reset it is an accumulated term).
    /// </summary>
    private void CollectLogScoreTerms(IOperation? value, bool accumulated, int depth, LogScoreTerms terms, HashSet<ISymbol> visited)
    {
        value = Unwrap(value);
        if (value is null || value.ConstantValue.HasValue)
        {
            return;
        }

        switch (value)
        {
            case IBinaryOperation { OperatorKind: BinaryOperatorKind.Add or BinaryOperatorKind.Subtract } sum:
                CollectLogScoreTerms(sum.LeftOperand, accumulated, depth, terms, visited);
                CollectLogScoreTerms(sum.RightOperand, accumulated, depth, terms, visited);
                return;
            case IBinaryOperation { OperatorKind: BinaryOperatorKind.Multiply } product when IsDataFree(product.LeftOperand):
                CollectLogScoreTerms(product.RightOperand, accumulated, depth, terms, visited);
                return;
            case IBinaryOperation { OperatorKind: BinaryOperatorKind.Multiply or BinaryOperatorKind.Divide } scaled when IsDataFree(scaled.RightOperand):
                CollectLogScoreTerms(scaled.LeftOperand, accumulated, depth, terms, visited);
                return;
            case IUnaryOperation { OperatorKind: UnaryOperatorKind.Minus or UnaryOperatorKind.Plus } unary:
                CollectLogScoreTerms(unary.Operand, accumulated, depth, terms, visited);
                return;
            case IInvocationOperation { Arguments.Length: 1 } log when Symbols.IsLog(log.TargetMethod):
                terms.AddLog(accumulated);
                return;
            case IInvocationOperation sum when Symbols.IsEnumerable(sum.TargetMethod, "Sum") && depth < MaxLogScoreDepth:
                // x.Sum(v => Math.Log(v)), x.Select(Math.Log).Sum(): every element's term, accumulated.
                CollectSummedTerms(sum, depth, terms, visited);
                return;
            case ILocalReferenceOperation or IParameterReferenceOperation when VariableOf(value) is { } variable && WritesOf(variable).Count > 0
                && InductionLoop(variable, value) is null && depth < MaxLogScoreDepth:
                if (visited.Add(variable))
                {
                    CollectWrittenTerms(variable, WritesOf(variable).Select(write => (write.Operation, write.Value)), accumulated, depth, terms, visited);
                }

                return;
            case IInvocationOperation call when depth < MaxLogScoreDepth && LocalHelperReturnedValues(call) is { } returned:
                // logp = Score(): a local function's or lambda's returned values are the score's terms, as if its body
                // stood here (its accumulator's folds are read as the inline ones).
                if (visited.Add(CalleeOf(call)))
                {
                    foreach (var returnedValue in returned)
                    {
                        CollectLogScoreTerms(returnedValue, accumulated, depth, terms, visited);
                    }
                }

                return;
            case IArrayElementReferenceOperation or IPropertyReferenceOperation { Property.IsIndexer: true } when RootOf(value) is { } root && depth < MaxLogScoreDepth:
                if (visited.Add(root))
                {
                    // Writes of other elements count too (the model does not tell a buffer's elements apart); the write
                    // that stores the exp itself (p[c] = Math.Exp(p[c])) is no term of its exponent.
                    var writes = ElementWritesInto(root).Where(write => !Contains(write.Operation, value)).Select(write => (write.Operation, write.Value)).ToList();
                    if (writes.Count == 0)
                    {
                        terms.AddOther(Eval(value), accumulated);
                    }

                    CollectWrittenTerms(root, writes, accumulated, depth, terms, visited);
                }

                return;
        }

        terms.AddOther(Eval(value), accumulated);
    }

    /// <summary>The terms written to <paramref name="variable"/>: each write's value, a fold's added value marked accumulated when a loop repeats it.</summary>
    private void CollectWrittenTerms(ISymbol variable, IEnumerable<(IOperation Operation, IOperation? Value)> writes, bool accumulated, int depth, LogScoreTerms terms, HashSet<ISymbol> visited)
    {
        var list = writes.ToList();
        foreach (var (operation, written) in list)
        {
            if (written is null || operation is ICompoundAssignmentOperation { OperatorKind: not (BinaryOperatorKind.Add or BinaryOperatorKind.Subtract) })
            {
                // v *= w, v++, an out argument: not read as a sum of terms.
                terms.AddOther(written is null ? ValueFacts.Opaque() : Eval(written), accumulated);
                continue;
            }

            var folds = operation is ICompoundAssignmentOperation || ReadsVariable(written, variable);
            var repeated = folds && IsRepeatedFold(operation, variable, list);
            if (repeated)
            {
                terms.AccumulatedFolds.Add(written);
            }

            CollectLogScoreTerms(written, accumulated || repeated, depth + 1, terms, visited);
        }
    }

    /// <summary>
    /// A fold (<c>v += t</c>, <c>v = v + t</c>) inside a loop that writes no fresh value to <paramref name="variable"/>
    /// and, for an element, does not index it: the loop adds one term per iteration (the features of naive Bayes), not
    /// one term per reset or per element (<c>lp[c] -= max</c> in a loop over c).
    /// </summary>
    private bool IsRepeatedFold(IOperation fold, ISymbol variable, IReadOnlyList<(IOperation Operation, IOperation? Value)> writes)
    {
        if (EnclosingLoop(fold) is not { } loop)
        {
            return false;
        }

        if (fold is IAssignmentOperation { Target: var target } && IsElementAccess(Unwrap(target)!) && IndexLoops(Unwrap(target)!).Any(loops => loops.Contains(loop)))
        {
            return false;
        }

        return !writes.Any(write => !ReferenceEquals(write.Operation, fold) && write.Operation is not ICompoundAssignmentOperation
            && (write.Value is null || !ReadsVariable(write.Value, variable)) && Contains(loop, write.Operation));
    }

    /// <summary>The terms of a LINQ <c>Sum</c>: its selector's returned value, or a <c>Select</c> selector's, or the elements', all accumulated.</summary>
    private void CollectSummedTerms(IInvocationOperation sum, int depth, LogScoreTerms terms, HashSet<ISymbol> visited)
    {
        var selector = sum.Arguments.Length == 2 ? sum.Arguments[1].Value
            : sum.Arguments.Length == 1 && Unwrap(sum.Arguments[0].Value) is IInvocationOperation select && Symbols.IsEnumerable(select.TargetMethod, "Select")
                && select.Arguments.Length == 2 ? select.Arguments[1].Value
            : null;
        switch (PastDelegateCreation(selector))
        {
            case IMethodReferenceOperation reference when Symbols.IsLog(reference.Method):
                terms.AddLog(accumulated: true);
                return;
            case IAnonymousFunctionOperation lambda:
                foreach (var returned in lambda.Body.Descendants().OfType<IReturnOperation>().Where(ret => EnclosingLambda(ret) == lambda))
                {
                    CollectLogScoreTerms(returned.ReturnedValue, accumulated: true, depth + 1, terms, visited);
                }

                return;
            default:
                terms.AddOther(Eval(sum), accumulated: true);
                return;
        }
    }

    /// <summary>True when <paramref name="value"/> reads <paramref name="variable"/> (a fold written out: <c>v = v + t</c>).</summary>
    private static bool ReadsVariable(IOperation value, ISymbol variable) =>
        value.DescendantsAndSelf().Any(operation => operation is ILocalReferenceOperation or IParameterReferenceOperation && References(operation, variable)
            || operation is IArrayElementReferenceOperation element && References(Unwrap(element.ArrayReference), variable));

    /// <summary>A value that reads no data and no exp, and that the model fully understands (a constant, a temperature).</summary>
    private bool IsDataFree(IOperation operand)
    {
        var facts = Eval(operand);
        return facts.RawRoots.Count == 0 && facts.Exps.Count == 0 && !facts.IsOpaque && !facts.IsProbability;
    }

    /// <summary>The additive terms of an exponent, counted by kind.</summary>
    private sealed class LogScoreTerms
    {
        /// <summary>Logs (<c>Math.Log(x)</c> of anything that is not a constant).</summary>
        public int Logs { get; private set; }

        /// <summary>Terms that read data or exps (a logit, a log-density's <c>−½z²</c>, a dot product).</summary>
        public int DataTerms { get; private set; }

        /// <summary>Terms the model cannot read.</summary>
        public int OpaqueTerms { get; private set; }

        /// <summary>True when some term is added once per iteration of a loop or per element of a LINQ sum.</summary>
        public bool Accumulated { get; private set; }

        /// <summary>The values a loop adds to or subtracts from the score term by term (<c>t</c> of <c>logp -= t</c> per feature).</summary>
        public List<IOperation> AccumulatedFolds { get; } = new();

        /// <summary>What the terms make of the exponent.</summary>
        public LogScore Score => Logs == 0 ? LogScore.None
            : Accumulated || DataTerms > 0 ? LogScore.Unbounded
            : OpaqueTerms > 0 ? LogScore.None
            : LogScore.Bounded;

        public void AddLog(bool accumulated)
        {
            Logs++;
            Accumulated |= accumulated;
        }

        public void AddOther(ValueFacts facts, bool accumulated)
        {
            if (facts.IsOpaque)
            {
                OpaqueTerms++;
            }
            else if (facts.RawRoots.Count > 0 || facts.Exps.Count > 0 || facts.IsProbability)
            {
                DataTerms++;
            }
            else
            {
                // A data-free term (a constant offset, a temperature) neither bounds nor unbounds the score.
                return;
            }

            Accumulated |= accumulated;
        }
    }
}

/// <summary>What the logs in an exponent make of it (<see cref="SoftmaxModel.LogScoreOf"/>).</summary>
internal enum LogScore
{
    /// <summary>No log in the exponent, or one beside terms the model cannot read: judged as any exponent.</summary>
    None,

    /// <summary>Only logs with data-free factors (<c>log x</c>, <c>log a − log b</c>, <c>c · log x</c>): the exp gives back finite values.</summary>
    Bounded,

    /// <summary>A log plus data, or logs accumulated over a loop: a raw log-domain score.</summary>
    Unbounded,
}
