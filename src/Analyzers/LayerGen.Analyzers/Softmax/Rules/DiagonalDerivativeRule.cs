using System.Collections.Generic;
using LayerGen.Analyzers.Softmax.Model;
using Microsoft.CodeAnalysis;

namespace LayerGen.Analyzers.Softmax.Rules;

/// <summary>
/// LG0007: a softmax backward pass that uses only the Jacobian's diagonal <c>y(1 − y)</c> (the sigmoid's derivative)
/// as the derivative: multiplied element-wise by the upstream gradient, returned, or stored per element. Silent for a
/// sigmoid output (not a softmax probability) and for the diagonal branch of a full Jacobian.
/// </summary>
internal sealed class DiagonalDerivativeRule : SoftmaxRule
{
    public override DiagnosticDescriptor Descriptor => DiagnosticDescriptors.DiagonalSoftmaxDerivative;

    public override IEnumerable<Diagnostic> Find(SoftmaxModel model)
    {
        foreach (var derivative in model.DiagonalDerivatives)
        {
            var probability = derivative.Probability.Syntax.ToString();
            yield return Diagnostic.Create(Descriptor, model.LocationOf(derivative.Product), derivative.Product.Syntax.ToString(), probability);
        }
    }
}
