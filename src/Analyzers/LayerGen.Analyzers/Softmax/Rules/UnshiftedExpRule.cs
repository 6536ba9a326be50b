using System;
using System.Collections.Generic;
using LayerGen.Analyzers.Softmax.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace LayerGen.Analyzers.Softmax.Rules;

/// <summary>
/// LG0003: an exp of raw logits (nothing subtracted, nothing clamped) that feeds a softmax normalisation (also the
/// two-class one written as the logistic <c>e / (1 + e)</c>), and every
/// call of <c>TensorPrimitives.SoftMax</c> or <c>Tensor.SoftMax</c> from a System.Numerics.Tensors version known to
/// subtract no maximum.
/// </summary>
internal sealed class UnshiftedExpRule : SoftmaxRule
{
    /// <summary>
    /// The first System.Numerics.Tensors major version not checked. Versions below it (8, 9 and 10, checked by tests
    /// that run the shipped <c>TensorPrimitives.SoftMax</c> and <c>Tensor.SoftMax</c> on [100, 101] and on rows
    /// ±1000) compute <c>exp(x) / Σ exp(x)</c> without a max shift.
    /// </summary>
    public const int FirstUncheckedTensorsMajorVersion = 11;

    public override DiagnosticDescriptor Descriptor => DiagnosticDescriptors.UnshiftedSoftmaxExp;

    public override IEnumerable<Diagnostic> Find(SoftmaxModel model)
    {
        var reported = new HashSet<IOperation>();
        foreach (var site in model.Sites)
        {
            foreach (var exp in site.Exps)
            {
                var argument = model.ExpArgument(exp);
                // A call of a delegate-bound exp lambda is reported at the exp the lambda holds.
                var written = model.WrittenExp(exp);
                if (IsRawLogit(model, exp, argument) && !model.IsGuardedNonPositiveExp(exp, site) && reported.Add(written))
                {
                    yield return Report(model, exp, written, site.Division);
                }
            }
        }

        // e / (1 + e): the logistic written as a two-class softmax with no maximum (SoftmaxModel.Logistics.cs).
        foreach (var logistic in model.LogisticSites)
        {
            foreach (var exp in logistic.Exps)
            {
                var written = model.WrittenExp(exp);
                if (IsRawLogit(model, exp, model.ExpArgument(exp)) && !model.IsBoundedLogisticExp(exp) && reported.Add(written))
                {
                    yield return Report(model, exp, written, logistic.Division, isLogistic: true);
                }
            }
        }

        // A log of a sum of raw exps read on its own (a mixture's log-likelihood, a log-partition) overflows the same way.
        foreach (var lse in model.LogSumExps)
        {
            foreach (var exp in lse.Exps)
            {
                var written = model.WrittenExp(exp);
                if (model.UnshiftedExp(lse, exp) && reported.Add(written))
                {
                    yield return Report(model, exp, written, lse.Log);
                }
            }
        }

        foreach (var call in model.LibrarySoftmaxCalls)
        {
            if (IsUncheckedLibrary(call.TargetMethod) && reported.Add(call))
            {
                var logits = call.Arguments.Length > 0 ? call.Arguments[0].Value.Syntax.ToString() : "x";
                yield return Diagnostic.Create(Descriptor, model.LocationOf(call), call.TargetMethod.ContainingType.Name + ".SoftMax", logits, SoftmaxAdvice);
            }
        }
    }

    /// <summary>
    /// The exponent is a raw logit: data with nothing subtracted that may be its maximum and nothing the model cannot
    /// read, or a log-domain score (a log plus other terms, logs summed over a loop) with no maximum subtracted; never
    /// a log of one value alone (<c>exp(log x) = x</c>, see SoftmaxModel.LogScores.cs), nor an exponent bounded by the
    /// range of integers (quantised logits times known constants, SoftmaxModel.IntegerRangeBounds.cs).
    /// </summary>
    private static bool IsRawLogit(SoftmaxModel model, IOperation exp, ValueFacts argument) =>
        model.LogScoreOf(exp) != LogScore.Bounded
        && (argument.RawRoots.Count > 0 && !model.IsShiftedByAMaximum(exp) && !argument.IsOpaque || model.IsUnshiftedLogScore(exp))
        && !model.IsRangeBoundedExp(exp);

    /// <summary>
    /// The diagnostic at an un-shifted exp (a method group at its Select call), pointing at the normaliser that reads it;
    /// for an exp inside an inlined helper whose normalisation is outside it, at the helper's call, with the exp as an
    /// additional location (<see cref="SoftmaxModel.CallerLocationOf"/>).
    /// </summary>
    private Diagnostic Report(SoftmaxModel model, IOperation exp, IOperation written, IOperation normaliser, bool isLogistic = false)
    {
        var (method, logits) = exp switch
        {
            IInvocationOperation call => ((written as IInvocationOperation ?? call).TargetMethod, model.ExpOperand(call)?.Syntax.ToString() ?? "x"),
            IMethodReferenceOperation reference => (reference.Method, "each element"),
            _ => (null, "x"),
        };
        var name = method is null ? "exp" : method.ContainingType.Name + "." + method.Name;
        if (model.KernelCallOf(written) is { } kernel)
        {
            // An exp of a kernel substituted at its call: named as an exp helper is, the kernel and its one argument
            // (with several arguments, the exponent they make).
            name = kernel.Name;
            logits = kernel.Exponent.Length > 0 ? kernel.Exponent : logits;
        }

        var location = exp is IMethodReferenceOperation ? model.LocationOf(exp.Parent?.Parent ?? exp) : model.LocationOf(written);
        var additional = new List<Location> { model.LocationOf(normaliser) };
        if (model.CallerLocationOf(written, normaliser) is { } caller)
        {
            // An exp helper over a whole span exps what it is given: the call that gave it raw logits is the bug.
            additional.Insert(0, location);
            location = caller;
        }

        return Diagnostic.Create(Descriptor, location, additional, name, logits, isLogistic ? LogisticAdvice(logits) : SoftmaxAdvice);
    }

    /// <summary>The end of the message for a softmax: what is missing and why it matters.</summary>
    private const string SoftmaxAdvice = "without subtracting a maximum; exp overflows above ~88 in float and ~709 in double";

    /// <summary>The end of the message for <c>e / (1 + e)</c>: a logistic, not a softmax over a batch, and its stable forms.</summary>
    private static string LogisticAdvice(string logits) =>
        $"in a logistic exp(v) / (1 + exp(v)), which is inf / inf = NaN once exp overflows (v above ~88 in float, ~709 in double); "
        + $"use 1 / (1 + exp(-v)) or branch on the sign of '{logits}'";

    /// <summary>True for a System.Numerics.Tensors version known to subtract no maximum.</summary>
    public static bool IsUncheckedLibrary(IMethodSymbol method)
    {
        var version = method.ContainingAssembly?.Identity.Version;
        return version is null || version.Major < FirstUncheckedTensorsMajorVersion || method.ContainingAssembly!.Identity.Name != "System.Numerics.Tensors";
    }
}
