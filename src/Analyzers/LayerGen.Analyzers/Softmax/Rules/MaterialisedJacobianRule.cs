using System.Collections.Generic;
using LayerGen.Analyzers.Softmax.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace LayerGen.Analyzers.Softmax.Rules;

/// <summary>
/// LG0006: a softmax backward pass that forms the Jacobian <c>diag(y) − y yᵀ</c> — stored in an n×n buffer that is
/// multiplied by an upstream gradient, or entry by entry inside the gradient sum — O(n²) per slice where O(n) does.
/// Reported at the store into the buffer (or the fold), with the gradient product as an additional location.
/// </summary>
internal sealed class MaterialisedJacobianRule : SoftmaxRule
{
    public override DiagnosticDescriptor Descriptor => DiagnosticDescriptors.MaterialisedSoftmaxJacobian;

    public override IEnumerable<Diagnostic> Find(SoftmaxModel model)
    {
        var reported = new HashSet<IOperation>();
        foreach (var use in model.Jacobians)
        {
            if (!reported.Add(use.Location))
            {
                continue;
            }

            var probabilities = ProbabilityName(use.Entry.Product);
            var how = use.Buffer is { } buffer ? "in '" + buffer.Name + "'" : "entry by entry inside the gradient sum";
            var additional = use.GradientProduct.Syntax.SyntaxTree == use.Location.Syntax.SyntaxTree && use.GradientProduct != use.Location
                ? new[] { model.LocationOf(use.GradientProduct) }
                : System.Array.Empty<Location>();
            yield return Diagnostic.Create(Descriptor, model.LocationOf(use.Location), additional, probabilities, how);
        }
    }

    /// <summary>The buffer named in the message: the root of the first element read in the outer product.</summary>
    private static string ProbabilityName(IOperation product)
    {
        foreach (var operation in product.DescendantsAndSelf())
        {
            if (SoftmaxModel.VariableOf(operation) is { } variable)
            {
                return variable.Name;
            }
        }

        return "y";
    }
}
