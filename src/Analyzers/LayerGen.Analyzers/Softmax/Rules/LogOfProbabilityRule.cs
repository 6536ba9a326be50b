using System.Collections.Generic;
using LayerGen.Analyzers.Softmax.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace LayerGen.Analyzers.Softmax.Rules;

/// <summary>
/// LG0005: the log of a softmax probability — a cross-entropy or log-likelihood computed from probabilities, whose
/// log is -∞ once a probability underflows. The probability may come from this method's softmax, a same-type
/// helper, a field the type's forward pass writes, or a library softmax.
/// </summary>
internal sealed class LogOfProbabilityRule : SoftmaxRule
{
    public override DiagnosticDescriptor Descriptor => DiagnosticDescriptors.LogOfSoftmaxProbability;

    public override IEnumerable<Diagnostic> Find(SoftmaxModel model)
    {
        foreach (var log in model.LogsOfProbabilities)
        {
            var (name, probability) = log.Log switch
            {
                IInvocationOperation call => (call.TargetMethod.ContainingType.Name + "." + call.TargetMethod.Name, log.Probability?.Syntax.ToString() ?? "p"),
                IMethodReferenceOperation reference => (reference.Method.ContainingType.Name + "." + reference.Method.Name, "each element"),
                _ => ("Log", "p"),
            };
            yield return Diagnostic.Create(Descriptor, model.LocationOf(log.Log), name, probability);
        }
    }
}
