using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Text;

namespace LayerGen.Tests.Rewrites;

/// <summary>
/// A rewrite of C# source that keeps what the code computes but spells it another way (a <c>for</c> as a
/// <c>while</c>, <c>a += b</c> as <c>a = a + (b)</c>, ...): the analyzer must report the same diagnostics on the
/// rewritten code. Rewrites are text edits that keep every <c>//~</c> marker on the line of the construct it marks.
/// </summary>
internal abstract class EquivalentRewrite
{
    private static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.Latest);

    private static readonly Lazy<MetadataReference[]> PlatformReferences = new(() =>
        ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator)
            .Select(path => (MetadataReference)MetadataReference.CreateFromFile(path)).ToArray());

    /// <summary>Every rewrite the corpus tests apply.</summary>
    public static IReadOnlyList<EquivalentRewrite> All { get; } = WithComposite(
    [
        new ForToWhileRewrite(),
        new CompoundToExplicitRewrite(commute: false),
        new CompoundToExplicitRewrite(commute: true),
        new MaxCallToIfRewrite(),
        new MaxIfToCallRewrite(),
        new ComparisonFlipRewrite(),
        new OperandToLocalRewrite(),
        new IndexToLocalRewrite(),
        new ReverseLoopRewrite(),
        new ArrayToSpanRewrite(),
        new FoldToLocalFunctionRewrite(),
    ]);

    /// <summary>
    /// The rewrites of the analyzer's corpora: <see cref="All"/>, a fold moved into a static helper method (which
    /// the layer generator, inlining helpers of its own kind, is not asked to follow), an outer loop run by
    /// <c>Parallel.For</c>, an index loop written as <c>foreach</c>, arrays read through fixed pointers, row spans, a
    /// hoisted row offset, a running maximum as a ternary (and back), <c>float.Max</c> for <c>Math.Max</c>, and
    /// <c>i += 1</c> steps.
    /// </summary>
    public static IReadOnlyList<EquivalentRewrite> ForAnalyzer { get; } = [.. All, new FoldToHelperMethodRewrite(maximaOnly: true), new FoldToHelperMethodRewrite(maximaOnly: false, sumsOnly: true),
        new OuterLoopToParallelForRewrite(), new ForToForeachRewrite(), new ArrayToPointerRewrite(dereference: false), new ArrayToPointerRewrite(dereference: true),
        new RowSpanRewrite(), new HoistRowOffsetRewrite(), new MaxIfToCallRewrite(ternary: true), new TernaryToIfRewrite(), new MaxCallSpellingRewrite(), new LoopStepRewrite()];

    // The composite reverses loops and routes values through temporaries before the while and comparison rewrites see them.
    private static IReadOnlyList<EquivalentRewrite> WithComposite(EquivalentRewrite[] parts) =>
        [.. parts, new CompositeRewrite([parts[8], parts[6], parts[7], parts[3], parts[1], parts[5], parts[0]])];

    /// <summary>A short name for test output.</summary>
    public abstract string Name { get; }

    /// <summary>
    /// Corpus files (paths relative to the test output, '/'-separated) on which the analyzer is known to lose or
    /// change a diagnostic under this rewrite: pinned gaps, each of which must still mismatch (so a fix unpins it).
    /// </summary>
    public virtual IReadOnlyCollection<string> KnownMismatches => [];

    /// <summary>The rewritten text, or <see langword="null"/> when the rewrite finds nothing to change.</summary>
    public virtual string? ApplyTo(string text)
    {
        var root = CSharpSyntaxTree.ParseText(text, ParseOptions).GetRoot();
        var kept = new List<TextChange>();
        foreach (var site in Sites(root))
        {
            // A site that touches one already rewritten (nested sites) is left for another run.
            if (site.All(change => kept.All(other => !Overlap(change.Span, other.Span))))
            {
                kept.AddRange(site);
            }
        }

        return kept.Count == 0 ? null : SourceText.From(text).WithChanges(kept.OrderBy(change => change.Span.Start)).ToString();
    }

    /// <summary>The edits of this rewrite on <paramref name="root"/>, one group per rewritten site.</summary>
    protected abstract IEnumerable<IReadOnlyList<TextChange>> Sites(SyntaxNode root);

    private static bool Overlap(TextSpan a, TextSpan b) =>
        a.Start == b.Start || (a.Start < b.End && b.Start < a.End);

    /// <summary>
    /// A semantic model of <paramref name="root"/>'s file, compiled alone with the runtime's own assemblies (for
    /// rewrites that must know what a name binds to).
    /// </summary>
    protected static SemanticModel Bind(SyntaxNode root) =>
        CSharpCompilation.Create(
                "EquivalentRewrite",
                [root.SyntaxTree],
                PlatformReferences.Value,
                new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, allowUnsafe: true))
            .GetSemanticModel(root.SyntaxTree);

    /// <summary>Whether evaluating <paramref name="node"/> twice or moving it could change what the code does.</summary>
    protected static bool HasSideEffects(SyntaxNode node) =>
        node.DescendantNodesAndSelf().Any(child => child.Kind() is
            SyntaxKind.PostIncrementExpression or SyntaxKind.PostDecrementExpression or
            SyntaxKind.PreIncrementExpression or SyntaxKind.PreDecrementExpression or
            SyntaxKind.InvocationExpression or SyntaxKind.ObjectCreationExpression or
            SyntaxKind.ImplicitObjectCreationExpression or SyntaxKind.ArrayCreationExpression or
            SyntaxKind.StackAllocArrayCreationExpression or SyntaxKind.AwaitExpression ||
            child is AssignmentExpressionSyntax);

    /// <summary>
    /// The counter and bound of <c>for (int i = 0; i &lt; bound; i++)</c> (or <c>var i</c>, <c>++i</c>, <c>i += 1</c>), or
    /// null for any other header.
    /// </summary>
    protected static (VariableDeclaratorSyntax Counter, ExpressionSyntax Bound)? CountsUpFromZero(ForStatementSyntax loop)
    {
        if (loop.Declaration is not { Type: PredefinedTypeSyntax { Keyword.RawKind: (int)SyntaxKind.IntKeyword } or IdentifierNameSyntax { IsVar: true }, Variables: [{ Initializer.Value: LiteralExpressionSyntax { Token.ValueText: "0" } } counter] } ||
            loop.Condition is not BinaryExpressionSyntax { RawKind: (int)SyntaxKind.LessThanExpression, Left: IdentifierNameSyntax left, Right: var bound } ||
            left.Identifier.ValueText != counter.Identifier.ValueText || loop.Incrementors is not [var step] || !StepsByOne(step, counter.Identifier.ValueText))
        {
            return null;
        }

        return (counter, bound);
    }

    /// <summary>True when <paramref name="step"/> is <c>name++</c>, <c>++name</c> or <c>name += 1</c>.</summary>
    private static bool StepsByOne(ExpressionSyntax step, string name) => step switch
    {
        PostfixUnaryExpressionSyntax { RawKind: (int)SyntaxKind.PostIncrementExpression, Operand: IdentifierNameSyntax operand } => operand.Identifier.ValueText == name,
        PrefixUnaryExpressionSyntax { RawKind: (int)SyntaxKind.PreIncrementExpression, Operand: IdentifierNameSyntax operand } => operand.Identifier.ValueText == name,
        AssignmentExpressionSyntax { RawKind: (int)SyntaxKind.AddAssignmentExpression, Left: IdentifierNameSyntax operand, Right: LiteralExpressionSyntax { Token.ValueText: "1" } } => operand.Identifier.ValueText == name,
        _ => false,
    };

    /// <summary>The stride <c>n</c> of a row offset <c>counter * n</c> or <c>n * counter</c> (both plain names), else null.</summary>
    protected static IdentifierNameSyntax? RowStride(ExpressionSyntax product, string counter) =>
        product is BinaryExpressionSyntax { RawKind: (int)SyntaxKind.MultiplyExpression, Left: IdentifierNameSyntax left, Right: IdentifierNameSyntax right }
            ? left.Identifier.ValueText == counter && right.Identifier.ValueText != counter ? right
            : right.Identifier.ValueText == counter && left.Identifier.ValueText != counter ? left
            : null
            : null;

    /// <summary>True when <paramref name="symbol"/> is assigned, incremented or passed by reference anywhere in <paramref name="scope"/>.</summary>
    protected static bool IsWrittenIn(SemanticModel model, SyntaxNode scope, ISymbol symbol) =>
        scope.DescendantNodes().OfType<IdentifierNameSyntax>()
            .Any(identifier => identifier.Identifier.ValueText == symbol.Name && IsWritten(identifier) && SymbolEqualityComparer.Default.Equals(model.GetSymbolInfo(identifier).Symbol, symbol));

    /// <summary>True when <paramref name="expression"/> is assigned, incremented, decremented or passed or taken by <c>ref</c>/<c>out</c>/<c>in</c>.</summary>
    protected static bool IsWritten(ExpressionSyntax expression) => expression.Parent switch
    {
        AssignmentExpressionSyntax assignment => assignment.Left == expression,
        PrefixUnaryExpressionSyntax or PostfixUnaryExpressionSyntax => expression.Parent.Kind() is
            SyntaxKind.PreIncrementExpression or SyntaxKind.PreDecrementExpression or SyntaxKind.PostIncrementExpression or SyntaxKind.PostDecrementExpression,
        ArgumentSyntax argument => argument.RefKindKeyword.RawKind is not 0,
        RefExpressionSyntax => true,
        _ => false,
    };

    /// <summary><paramref name="expression"/>'s text, parenthesised unless it binds tighter than any binary operator.</summary>
    protected static string Operand(SyntaxNode expression) =>
        expression.Kind() is SyntaxKind.IdentifierName or SyntaxKind.NumericLiteralExpression or
            SyntaxKind.ElementAccessExpression or SyntaxKind.SimpleMemberAccessExpression or
            SyntaxKind.InvocationExpression or SyntaxKind.ParenthesizedExpression or SyntaxKind.GenericName
            ? expression.ToString()
            : "(" + expression + ")";
}
