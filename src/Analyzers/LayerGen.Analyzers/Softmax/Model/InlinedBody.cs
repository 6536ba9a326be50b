using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;
using Microsoft.CodeAnalysis.Text;

namespace LayerGen.Analyzers.Softmax.Model;

/// <summary>
/// A method body with calls of its small same-type helpers replaced by their bodies (<see cref="HelperInliner"/>),
/// bound speculatively in the method's place. Every node copied from the source carries its source span, so what the
/// model finds in the inlined body is reported where the user wrote it: in the method, or in the helper.
/// </summary>
internal sealed class InlinedBody
{
    /// <summary>The annotation kind whose data is a copied node's source span (<c>start:length</c>).</summary>
    public const string OriginKind = "LayerGen.InlinedOrigin";

    /// <summary>The annotation kind whose data is the source span of the helper call an inlined block replaces.</summary>
    public const string CallKind = "LayerGen.InlinedCall";

    /// <summary>
    /// The annotation kind of a block that replaced a call dispatched to the one implementation of a virtual, abstract or
    /// interface member (HelperInliner.Dispatch.cs): what that implementation folds is its own doing, whatever the call
    /// gives it (the caller's call is the same for every implementation), so a finding in it stays in it
    /// (<see cref="CallerOf"/> looks no further out).
    /// </summary>
    public const string DispatchedKind = "LayerGen.InlinedDispatch";

    /// <summary>
    /// The annotation kind, on the expression a kernel call became (HelperInliner.KernelCalls.cs), whose data is the
    /// kernel's name and the exponent as the call writes it (<c>name</c>, a line break, <c>exponent</c>): a finding's
    /// message names the kernel, as for an exp helper read at its call.
    /// </summary>
    public const string KernelCallKind = "LayerGen.InlinedKernelCall";

    public InlinedBody(IBlockOperation root, SemanticModel sourceModel, ISymbol owner, IReadOnlyList<TextSpan> sourceSpans)
    {
        Root = root;
        SourceModel = sourceModel;
        Owner = owner;
        SourceSpans = sourceSpans;
    }

    /// <summary>The speculatively bound body (its own syntax tree; no diagnostics of its own).</summary>
    public IBlockOperation Root { get; }

    /// <summary>The semantic model of the source file (helpers and fields are read there).</summary>
    public SemanticModel SourceModel { get; }

    /// <summary>The method, accessor or constructor whose body was inlined into.</summary>
    public ISymbol Owner { get; }

    /// <summary>The method's and every inlined helper's source spans: the inlined body compiles when they do.</summary>
    public IReadOnlyList<TextSpan> SourceSpans { get; }

    /// <summary>The source location of a node of the inlined body: that of the nearest node copied from the source.</summary>
    public Location LocationOf(SyntaxNode node)
    {
        if (node.SyntaxTree == SourceModel.SyntaxTree)
        {
            // A fold of a helper that stayed a call (read through its summary) is in the source already.
            return node.GetLocation();
        }

        for (var current = node; current is not null; current = current.Parent)
        {
            foreach (var annotation in current.GetAnnotations(OriginKind))
            {
                if (SpanOf(annotation) is { } span)
                {
                    return Location.Create(SourceModel.SyntaxTree, span);
                }
            }
        }

        return Location.Create(SourceModel.SyntaxTree, SourceSpans[0]);
    }

    /// <summary>
    /// The source location of the helper call whose inlined body holds <paramref name="node"/>, for a node copied from a
    /// helper (not from the method's own body), when that call's body does not also hold <paramref name="anchor"/>: the
    /// outermost such call, i.e. the call written in the code that computes the anchor (a softmax's division). Null for
    /// the method's own code, for a node outside the inlined body, and when every enclosing call also holds the anchor (the
    /// helper computes the whole softmax itself; its code is where the bug is).
    /// </summary>
    public Location? CallerOf(SyntaxNode node, SyntaxNode anchor)
    {
        if (node.SyntaxTree == SourceModel.SyntaxTree || SourceSpans[0].Contains(LocationOf(node).SourceSpan))
        {
            return null;
        }

        TextSpan? call = null;
        for (var current = node; current is not null && !current.Contains(anchor); current = current.Parent)
        {
            if (current.HasAnnotations(DispatchedKind))
            {
                // The implementation of an override or interface member: its fold is the bug, not the call.
                break;
            }

            foreach (var annotation in current.GetAnnotations(CallKind))
            {
                call = SpanOf(annotation) ?? call;
            }
        }

        return call is { } span ? Location.Create(SourceModel.SyntaxTree, span) : null;
    }

    /// <summary>
    /// The kernel's name and the exponent as the call writes it, for a node of a substituted kernel's body (not for its
    /// arguments, which keep their own origin in the call): the data of the nearest <see cref="KernelCallKind"/> above
    /// <paramref name="node"/> with no copied call-site node in between. Null for any other node.
    /// </summary>
    public static (string Name, string Exponent)? KernelCallOf(SyntaxNode node)
    {
        for (var current = node; current is not null; current = current.Parent)
        {
            foreach (var annotation in current.GetAnnotations(KernelCallKind))
            {
                return annotation.Data is { } data && data.IndexOf('\n') is var newline and > 0
                    ? (data.Substring(0, newline), data.Substring(newline + 1))
                    : null;
            }

            if (current.HasAnnotations(OriginKind))
            {
                return null;
            }
        }

        return null;
    }

    /// <summary>
    /// <paramref name="node"/> without the origins of its nodes copied from <paramref name="declaration"/> (a substituted
    /// kernel's body): <see cref="LocationOf"/> then resolves them to the nearest origin above, the kernel call, where
    /// LayerGen reports a helper's findings (docs/rules/LG0003.md). Nodes copied from elsewhere (the call's arguments)
    /// keep theirs. Bounded by the kernel's size (one returned expression).
    /// </summary>
    public static TNode WithoutOriginsWithin<TNode>(TNode node, TextSpan declaration)
        where TNode : SyntaxNode
    {
        bool IsWithin(SyntaxAnnotation annotation) => SpanOf(annotation) is { } span && declaration.Contains(span);
        var copied = node.DescendantNodesAndSelf().Where(current => current.GetAnnotations(OriginKind).Any(IsWithin));
        return node.ReplaceNodes(copied, (_, rewritten) => rewritten.WithoutAnnotations(rewritten.GetAnnotations(OriginKind).Where(IsWithin)));
    }

    /// <summary>The annotation that names a substituted kernel (<see cref="KernelCallKind"/>).</summary>
    public static SyntaxAnnotation KernelCallOf(string name, string exponent) => new(KernelCallKind, name + "\n" + exponent);

    /// <summary>The annotation that records <paramref name="node"/>'s source span on its copy.</summary>
    public static SyntaxAnnotation OriginOf(SyntaxNode node) => new(OriginKind, Encode(node.Span));

    /// <summary>The annotation that records, on the block that replaces a helper call, the call's source span.</summary>
    public static SyntaxAnnotation CallOf(SyntaxNode call) => new(CallKind, Encode(call.Span));

    /// <summary>The annotation marking a block inlined for a dispatched call (<see cref="DispatchedKind"/>).</summary>
    public static SyntaxAnnotation Dispatched() => new(DispatchedKind);

    private static string Encode(TextSpan span) =>
        span.Start.ToString(CultureInfo.InvariantCulture) + ":" + span.Length.ToString(CultureInfo.InvariantCulture);

    private static TextSpan? SpanOf(SyntaxAnnotation annotation) =>
        annotation.Data is { } data && data.IndexOf(':') is var colon and > 0
            && int.TryParse(data.Substring(0, colon), NumberStyles.None, CultureInfo.InvariantCulture, out var start)
            && int.TryParse(data.Substring(colon + 1), NumberStyles.None, CultureInfo.InvariantCulture, out var length)
            ? new TextSpan(start, length)
            : null;
}
