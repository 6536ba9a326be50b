using System;
using System.Collections.Generic;
using System.Linq;
using LayerGen.Analyzers.Softmax.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace LayerGen.Analyzers.Softmax.Rules;

/// <summary>
/// LG0003: an exp of raw logits (nothing subtracted, nothing clamped) that feeds a softmax normalisation, and every
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

    /// <summary>
    /// One diagnostic per raw exp value of a softmax: the same exp of the same logits computed again (once for the sum,
    /// again for the division, <see cref="SoftmaxModel.IsSameExp"/>) is one bug, reported at its first call in source
    /// order with the division and the other calls as additional locations; exps of other operands are reported each.
    /// Sites that share an exp (two divisions by one sum) are one softmax. The fix shifts every exp of the site.
    /// </summary>
    public override IEnumerable<Diagnostic> Find(SoftmaxModel model)
    {
        var reported = new HashSet<IOperation>();
        var groups = new List<RawExpGroup>();
        foreach (var site in model.Sites)
        {
            var written = site.Exps.Select(model.WrittenExp).ToList();
            var raw = new List<(IOperation Exp, IOperation Written, Location Location)>();
            foreach (var exp in site.Exps)
            {
                var argument = model.ExpArgument(exp);
                // A call of a delegate-bound exp lambda is reported at the exp the lambda holds.
                var held = model.WrittenExp(exp);
                if (argument.RawRoots.Count > 0 && !model.IsShiftedByAMaximum(exp) && !argument.IsOpaque && !model.IsGuardedNonPositiveExp(exp, site) && !reported.Contains(held))
                {
                    var location = exp is IMethodReferenceOperation ? model.LocationOf(exp.Parent?.Parent ?? exp) : model.LocationOf(held);
                    raw.Add((exp, held, location));
                }
            }

            foreach (var (exp, held, location) in raw.OrderBy(entry => entry.Location.SourceSpan.Start).ThenBy(entry => entry.Location.SourceSpan.Length))
            {
                if (!reported.Add(held))
                {
                    continue;
                }

                if (groups.FirstOrDefault(group => group.Exps.Overlaps(written) && model.IsSameExp(group.Written, held)) is { } same)
                {
                    same.Others.Add(location);
                    same.Exps.UnionWith(written);
                }
                else
                {
                    groups.Add(new RawExpGroup(exp, held, location, model.LocationOf(site.Division), written));
                }
            }
        }

        foreach (var group in groups)
        {
            var (method, logits) = group.Exp switch
            {
                IInvocationOperation call => ((group.Written as IInvocationOperation ?? call).TargetMethod, model.ExpOperand(call)?.Syntax.ToString() ?? "x"),
                IMethodReferenceOperation reference => (reference.Method, "each element"),
                _ => (null, "x"),
            };
            var name = method is null ? "exp" : method.ContainingType.Name + "." + method.Name;
            var additional = new List<Location> { group.Division };
            additional.AddRange(group.Others);
            yield return Diagnostic.Create(Descriptor, group.Location, additional, name, logits);
        }

        foreach (var call in model.LibrarySoftmaxCalls)
        {
            if (IsUncheckedLibrary(call.TargetMethod) && reported.Add(call))
            {
                var logits = call.Arguments.Length > 0 ? call.Arguments[0].Value.Syntax.ToString() : "x";
                yield return Diagnostic.Create(Descriptor, model.LocationOf(call), call.TargetMethod.ContainingType.Name + ".SoftMax", logits);
            }
        }
    }

    /// <summary>The first raw exp of one value in a softmax, and where the same exp is computed again.</summary>
    private sealed class RawExpGroup
    {
        public RawExpGroup(IOperation exp, IOperation written, Location location, Location division, IEnumerable<IOperation> exps)
        {
            Exp = exp;
            Written = written;
            Location = location;
            Division = division;
            Exps = new HashSet<IOperation>(exps);
        }

        public IOperation Exp { get; }

        public IOperation Written { get; }

        public Location Location { get; }

        public Location Division { get; }

        /// <summary>The exps (as written, <see cref="SoftmaxModel.WrittenExp"/>) of the sites the group's calls belong to (sites that share one are one softmax).</summary>
        public HashSet<IOperation> Exps { get; }

        public List<Location> Others { get; } = new();
    }

    /// <summary>True for a System.Numerics.Tensors version known to subtract no maximum.</summary>
    public static bool IsUncheckedLibrary(IMethodSymbol method)
    {
        var version = method.ContainingAssembly?.Identity.Version;
        return version is null || version.Major < FirstUncheckedTensorsMajorVersion || method.ContainingAssembly!.Identity.Name != "System.Numerics.Tensors";
    }
}
