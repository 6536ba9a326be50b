using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Text;

namespace LayerGen.Tests.Rewrites;

/// <summary>
/// Moves a fold into a new <c>static</c> method of the same type, called where the fold stood:
/// <c>float m = init; for (…) { … m … }</c> → <c>float m = LgHelper0(x, r, cols);</c> and, after the enclosing method,
/// <c>static float LgHelper0(float[,] x, int r, int cols) { float m = init; for (…) { … m … } return m; }</c>. Every
/// local and parameter the fold reads from outside is passed by value under its own name (buffers, offsets, lengths,
/// strides), so the loop's text moves unchanged, its <c>//~</c> markers with it. Binding needs a compilation: the
/// rewrite builds one over the file with the runtime's own assemblies.
/// </summary>
/// <remarks>
/// With <c>maximaOnly</c>, only loops whose every write of the accumulator keeps a maximum move; with <c>sumsOnly</c>,
/// only loops whose every write adds to it. Both are in <see cref="EquivalentRewrite.ForAnalyzer"/>; the sums-only
/// rewrite's remaining gaps are pinned (<see cref="KnownMismatches"/>).
/// Left alone: folds that use instance members or <c>this</c>, method type parameters or pointers; loops that write
/// a variable from outside other than the accumulator (<c>for (; i &lt; n; i++)</c> continuing a vector loop), that
/// <c>return</c>, <c>yield</c>, <c>goto</c>, <c>await</c> or hold lambdas or local functions. One site per method and run.
/// </remarks>
internal sealed class FoldToHelperMethodRewrite(bool maximaOnly, bool sumsOnly = false) : EquivalentRewrite
{
    public override string Name => maximaOnly ? "max fold→static helper method" : sumsOnly ? "sum fold→static helper method" : "fold→static helper method";

    /// <summary>
    /// Known gaps of the analyzer under the max-only rewrite (14 of 243 on branch gaps25, down from 16 on main e5e1cf6: a
    /// helper returning a minimum is summarised like one returning a maximum; 12 of 219 checked files on branch gaps19, down from 16: a
    /// helper's max now says which buffer or field it folds, whether its folds read a scale and whether it starts at a
    /// finite constant): first, a helper taking a user matrix type with an indexer (its dimensions are not translated).
    /// </summary>
    public override IReadOnlyCollection<string> KnownMismatches => maximaOnly
        ? ["Recreations/HeldOut/IndexerMatrix_GlobalMax.cs", "Recreations/IndexerTypes_TooWideReductions.cs",
           // A helper's max is not yet seen as a fold of folds (a max of per-row maxima) or a locked shared max.
           "Recreations/FoldOfFolds_AcrossRows.cs",
           "Recreations/HeldOut4/ParallelForLockedSharedMax.cs",
           // A helper's strided walk to the end of the buffer (p += inner; p < x.Length) is not yet seen as spanning the outer blocks.
           "Recreations/HeldOut4/StridedMaxOverOuterAndAxis.cs",
           // A helper's max over a whole flat head is read as another axis (LG0004 where LG0001 is due).
           "Recreations/HeldOut5/MdnMaxOverWholeHead.cs",
           // A block walk folds only the strides the method's own accesses step by: with the max (and its accesses) moved
           // into a helper, the caller no longer sees the stride (a missed LG0002/LG0001, LG0004 for LG0001, or a false
           // LG0001 on the correct seeded plane max); a helper's chunked running max is not a chunk walk either.
           "Recreations/BlockWalk_SumOverWholeBlock.cs", "Recreations/HeldOut5/AudioFramesMaxOverSampleBlock.cs",
           "Recreations/SeededBlock_PlaneMax.cs", "Recreations/SeededBlock_WiderMax.cs", "Recreations/ChunkedAxis_StatsCarriedAcrossRows.cs",
           "Recreations/BlockWalk_MaxOverWholeWindow.cs",
           // (gaps20's two minimum shifts moved into a helper pass since gaps25: a helper returning a minimum is summarised.)
           // gaps23: the same for a block of one opaque size (int block = gates.Length / groups) walked in a helper: LG0004 for LG0001.
           "Recreations/BlockWalk_GroupBlockMax.cs",
           // A max moved into a helper does not say which record member it folded: a max of another member is taken
           // as the exp's own max (missed LG0003).
           "Recreations/RecordMembers_MaxOfOtherMember.cs",
           // gaps21: a helper's max does not say that it folds the magnitudes |v| of the exps' data, so v / max(1, max|v|)
           // is no longer seen as bounded (false LG0003).
           "Recreations/MagnitudeScaled_PerceptronOutcomes.cs",
           // gaps26: a helper's max does not say it is a fold of per-slice folds kept in a buffer, nor which block or
           // dimension it walks around a moved window (LG0004 for LG0001); with the window loops' max in a helper, a
           // 2-D window sum is read as covering the batch (false LG0002).
           "Recreations/SliceMaxima_FoldedIntoOne.cs", "Recreations/WindowShift_WholeDimensionMax.cs", "Recreations/WindowShift_PerWindowMax.cs"]
        : sumsOnly ? SumKnownMismatches : [];

    /// <summary>
    /// Known gaps under the sum-only rewrite (82 of 323 checked files on branch gaps16 before merging main c289e1e, down from 128; 82 of 329 after it, 86 of 339 after merging gaps14 and gaps15 into main (their four new shift shapes);
    /// 57 of 339 on branch gaps19: flat buffer parameters a write pairs index for index are aligned at the call, every stride of one the same axis as that stride of the other; 48 of 350 on branch gaps22: a call returning a helper's sum is a reduction, not opaque data, and a helper's element writes link axes through temporaries; gaps20 and gaps21 pinned five of their new files each, first below; one of gaps21's passes on main after gaps22; 57 of 372 on main e5e1cf6, 47 of 372 on branch gaps25: a helper's own max, folded over
    /// its buffer parameters and subtracted in its exps, is summarised and translated at the call like its sum): helper summaries now
    /// link the axes their element writes join, read a max stored in a buffer whose elements they subtract, read whole
    /// jagged arguments, exponentiate in place, read a log-sum-exp's max at the call and follow helpers two calls deep).
    /// Grouped by what the rewritten file loses; not diagnosed one by one.
    /// </summary>
    private static readonly string[] SumKnownMismatches =
        [
           // gaps27's shapes: with the sum (and the exps it folds) moved into a static helper, the helper's exp of a log-ratio
           // reaches the caller as opaque data (missed LG0003 on four of ElementwiseSubtrahend_RawRatios' five; the LINQ one
           // stays), and a probability divided by a helper's sum is not followed into the logs of the responsibilities
           // (missed LG0005 on three of EmStatistics_LogOfResponsibilities' four; main's analyzer misses the same three).
           "Recreations/ElementwiseSubtrahend_RawRatios.cs", "Recreations/EmStatistics_LogOfResponsibilities.cs",
           // gaps24's shapes: a sum moved into a helper whose exps are powers of another constant base (Pow(2f, v),
           // double.Exp10, Pow(2, v)) is not read as a sum of exps, as the helper summary looks for an identifier Exp
           // (missed LG0003); Sinkhorn's K·v row sum moved into a helper is no longer the sum behind a[i] / kv (missed
           // LG0003), and with the row's minimum cost subtracted in the caller the helper's sum no longer carries the
           // caller's minimum shift (false LG0003 on the shifted twin, as gaps20's minimum shifts below).
           "Recreations/ConstantBasePow_RawRows.cs", "Recreations/PowEuler_ShiftedAndOtherBase.cs",
           "Recreations/SinkhornScaling_RawKernel.cs", "Recreations/SinkhornScaling_ShiftedKernel.cs",
           // gaps23's shapes (not diagnosed one by one): with the sum moved into a static helper, the caller no longer pairs a
           // too-wide maximum with a gathered slice (Gather_WholeSourceMax's int[][] groups) or with a slice at a fixed
           // column (FixedCoordinate_MaxOverAllColumns), nor per-plane minima with a per-pixel sum (MinimumShift_PlaneMinima):
           // missed LG0001/LG0004. The same files pass with the sum written inline and under every other rewrite (full run on gaps23).
           "Recreations/FixedCoordinate_MaxOverAllColumns.cs", "Recreations/Gather_WholeSourceMax.cs", "Recreations/MinimumShift_PlaneMinima.cs",
           // and, as for gaps20's MinimumShift_PerRow below, a negated minimum passed into the helper's exponent is not the
           // caller's shift: false LG0003 on the correct MinimumShift_NegatedMinimum; nor is a subtracted one (missed LG0003
           // on MinimumShift_SubtractedMinimum).
           "Recreations/MinimumShift_NegatedMinimum.cs", "Recreations/MinimumShift_SubtractedMinimum.cs",

           // gaps20's shapes: a sum moved into a helper receives the caller's minimum shift as a parameter, and the sign
           // it enters the helper's exponent with is not translated to the caller, so the minimum is not the caller's
           // shift (missed LG0001/LG0002, false LG0003 on the per-row twins); a record's row member passed to the helper
           // is a plain buffer there (the records' level is lost: missed LG0001); a delegate passed to the helper is a
           // parameter there, not a lambda bound to a local (missed LG0003).
           "Recreations/MinimumShift_AcrossBatch.cs", "Recreations/MinimumShift_PerRow.cs", "Recreations/MinimumShift_WholeTotal.cs",
           "Recreations/RecordRows_BatchMaximum.cs", "Recreations/DelegateExp_RawLambda.cs",

           // gaps17's shapes: a sum moved into a helper hides from the caller what the caller's max is compared with (a
           // getter's whole-storage max, a max over a dictionary's .Values: missed LG0001), and a helper's sum over an
           // index walk of every state's legal list read as one sum over the whole buffer (fixed on gaps25 with the helper's own max).
           "Recreations/DictionaryRowsOfArrays_Across.cs",
           "Recreations/GetterMax_WholeStorage.cs",

           // Merged from main (gaps15's shift checks): a sum moved into a helper hides the exp's own max from the
           // other-data check (missed LG0003). (The guarded kernel's positive seed is read from the helper since gaps18.)
           "Recreations/OtherBufferMax_Shift.cs", "Recreations/RecordMembers_MaxOfOtherMember.cs",
           "Recreations/ScaledShift_OtherFactor.cs",

           // gaps21's shapes: the new silences and findings read the caller's own statements, so a sum moved into a static
           // helper loses them. A renormalisation's first division and a magnitude bound are no longer visible at the
           // caller (false LG0004, false LG0003); a helper's sum hides the stored local a maximum folds, an exp of Unity's
           // Mathf in the helper, and a guarded or unguarded log after the helper's sum (missed LG0003, LG0005).
           "Recreations/BranchGuarded_UnguardedForms.cs",
           "Recreations/MagnitudeScaled_PerceptronOutcomes.cs",
           "Recreations/Renormalised_ColumnSoftmaxThenRowMass.cs",
           "Recreations/StoredLogits_MaxOfOtherValues.cs",

           // gaps18: an unshifted outer exp whose exponent holds an exp (exp(logPrior[i] + eta * exp(y))) moved with its
           // sum into a helper is missed (the caller reads no raw root through the helper: the inner exp hides y, and the
           // helper's logPrior parameter is not translated). Before gaps18 the line matched only because the inner exp
           // was (wrongly) reported on it.
           "Recreations/NestedExp_UnshiftedOuter.cs",

           // Merged from main (gaps14's segment and flat-key shapes): a sum over segments or flat keys moved into a helper
           // is not translated to the caller (missed LG0002/LG0001).
           "Recreations/FlatKeys_FlatSumOverRowKeys.cs",
           "Recreations/Segments_WiderThanSegment.cs",

           // Missed LG0001 (the caller's too-wide max is not compared with the helper's sum): flat, strided, LINQ, vector,
           // parallel and indexer-type layouts whose helper sum's range or axis links do not translate to the caller's strides.
           "Recreations/BufferSlots_TooWideReductions.cs",
           "Recreations/HeldOut/IndexerMatrix_GlobalMax.cs",
           "Recreations/HeldOut/MinGpt_JaggedPropertyGlobalMax.cs",
           "Recreations/HeldOut2/LinqSelectManyGlobalMax.cs",
           "Recreations/HeldOut3/Vector256MaxAcrossRows.cs",
           "Recreations/HeldOut5/MdnMaxOverWholeHead.cs",
           "Recreations/IndexerTypes_TooWideReductions.cs",
           "Recreations/RowSlices_TensorPrimitivesWholeMax.cs",
           "Recreations/VectorAccumulators_TooWideReductions.cs",

           // Missed LG0004: 3D/4D and strided layouts (and a max array a helper of a helper subtracts) where the helper's sum axis
           // is not linked to the caller's per-axis max.
           "Recreations/HeldOut/Tensor3D_MaxOverHeads.cs",
           "Recreations/HeldOut4/Array4DNchwMaxOverWidth.cs",
           "Recreations/HeldOut5/SpatialSoftmaxMaxPerPixel.cs",
           "Recreations/HelperComposition_TooWide.cs",
           "Recreations/RefAlias_ColumnPeak.cs",

           // Missed LG0003: the helper's exp reads something the summary cannot express in its parameters (struct/record fields,
           // masks, a scaled max), so its sum is not summarised at all. (Nine more, exps a helper writes in place that the
           // caller then divides by the helper's sum, were fixed on gaps22: the call's value is a reduction, not opaque data.)
           "Recreations/AdditiveMask_RawExp.cs",
           "Recreations/HeldOut/Temperature_MaxOfUnscaled.cs",
           "Recreations/HeldOut5/MultinomialLogitPropertyRawExp.cs",
           "Recreations/HeldOut5/ParticleStructsRawLikelihood.cs",
           "Recreations/RecordBuffers_RawExp.cs",
           "Recreations/RecordWith_RawExp.cs",
           "Recreations/ScaledMax_UnscaledMaxSubtracted.cs",
           "Recreations/StructCopies_RawExp.cs",

           // Missed LG0002 (prefix totals, LINQ totals, a strided walk to the buffer's end). (Two 3D per-batch sums were fixed
           // on gaps25: the helper's own per-row max is translated to the caller; and a whole jagged grid's LG0008: a fresh
           // row the helper allocates no longer spoils the exps it stores there.)
           "Recreations/HeldOut5/ArraySegmentPrefixTotal.cs",
           "Recreations/LinqRows_TotalSum.cs",
           "Recreations/StridedWalk_ToBufferEnd.cs",

           // Changed: a too-wide helper sum read as another rule (LG0004 where LG0002 is due: the helper's strided walk).
           // Seven more, LG0008 where LG0002 was due, were fixed on gaps25: the helper subtracts its own per-row max, which
           // its summary now carries in its parameters' terms (HelperExpInput.LocalMaxima), so the caller sees a row max.
           "Recreations/HeldOut3/StrideLoopSumTypo.cs",

           // False reports: negated shifts and a seeded plane max lose their shift or extent in the helper (LG0003/LG0002/LG0001).
           "Recreations/HeldOut/AddNegatedMax_Exp.cs",
           "Recreations/HeldOut/NegatedShift_Exp.cs",
           "Recreations/PrefixWalk_RowRanges.cs",
           "Recreations/SeededBlock_PlaneMax.cs",

           // gaps26: with the sum in a helper, the caller no longer sees which loops restart the sum (the batch loops that
           // move a window, or that a minimum of unknown sign is read along the slice): missed LG0004/LG0001.
           "Recreations/MinimumAxis_OtherAxisMinima.cs", "Recreations/SliceMaxima_FoldedIntoOne.cs", "Recreations/WindowShift_WholeDimensionMax.cs",
        ];

    protected override IEnumerable<IReadOnlyList<TextChange>> Sites(SyntaxNode root)
    {
        var model = Bind(root);
        var count = 0;
        foreach (var block in root.DescendantNodes().OfType<BlockSyntax>())
        {
            for (var at = 0; at + 1 < block.Statements.Count; at++)
            {
                if (block.Statements[at] is not LocalDeclarationStatementSyntax { Declaration.Variables: [{ Initializer: not null } variable] } local ||
                    local.Modifiers.Count > 0 || local.Declaration.Type is RefTypeSyntax ||
                    block.Statements[at + 1] is not ForStatementSyntax loop ||
                    model.GetDeclaredSymbol(variable) is not ILocalSymbol accumulator ||
                    block.Ancestors().OfType<MethodDeclarationSyntax>().LastOrDefault() is not { Parent: ClassDeclarationSyntax or StructDeclarationSyntax or RecordDeclarationSyntax } method ||
                    !WritesLocal(loop, accumulator.Name) || Leaves(loop) || (maximaOnly && !FoldsMaximum(loop, accumulator.Name)) || (sumsOnly && !FoldsSum(loop, accumulator.Name)) ||
                    Captures(model, variable.Initializer.Value, loop, accumulator) is not { } captured)
                {
                    continue;
                }

                // The loop moves with the comment that ends its last line (a //~ marker on a one-line fold).
                var moved = new TextSpan(loop.SpanStart, loop.FullSpan.End - loop.SpanStart);
                var loopText = root.SyntaxTree.GetText().ToString(moved).TrimEnd();
                var lineEnd = loop.GetTrailingTrivia().Any(trivia => trivia.IsKind(SyntaxKind.EndOfLineTrivia)) ? "\n" : string.Empty;
                var helper = "LgHelper" + count++;
                var type = Display(accumulator.Type);
                var parameters = string.Join(", ", captured.Select(symbol => $"{Display(TypeOf(symbol))} {symbol.Name}"));
                var arguments = string.Join(", ", captured.Select(symbol => symbol.Name));
                yield return
                [
                    new(local.Span, $"{type} {accumulator.Name} = {helper}({arguments});"),
                    new(moved, lineEnd),
                    new(new TextSpan(method.Span.End, 0),
                        $"\n\n    static {type} {helper}({parameters})\n    {{\n        {type} {accumulator.Name} = {variable.Initializer.Value};\n        {loopText}\n        return {accumulator.Name};\n    }}"),
                ];
            }
        }
    }

    /// <summary>
    /// The locals and parameters declared outside <paramref name="loop"/> that the fold reads, in order of first use;
    /// null when the fold cannot move into a static method (see the remarks on the class).
    /// </summary>
    private static List<ISymbol>? Captures(SemanticModel model, ExpressionSyntax initializer, ForStatementSyntax loop, ILocalSymbol accumulator)
    {
        var captured = new List<ISymbol>();
        foreach (var node in initializer.DescendantNodesAndSelf().Concat(loop.DescendantNodes()))
        {
            if (node is ThisExpressionSyntax or BaseExpressionSyntax)
            {
                return null;
            }

            if (node is not IdentifierNameSyntax identifier || model.GetSymbolInfo(identifier).Symbol is not { } symbol)
            {
                continue;
            }

            switch (symbol)
            {
                case ILocalSymbol or IParameterSymbol when SymbolEqualityComparer.Default.Equals(symbol, accumulator) || DeclaredIn(symbol, loop):
                    break;
                case ILocalSymbol { IsRef: true } or IParameterSymbol { RefKind: RefKind.Out }:
                    return null;
                case ILocalSymbol or IParameterSymbol:
                    if (TypeOf(symbol) is IPointerTypeSymbol or IFunctionPointerTypeSymbol || MentionsMethodTypeParameter(TypeOf(symbol)) || WrittenIn(loop, symbol.Name))
                    {
                        return null;
                    }

                    if (!captured.Contains(symbol, SymbolEqualityComparer.Default))
                    {
                        captured.Add(symbol);
                    }

                    break;
                case ITypeParameterSymbol { TypeParameterKind: TypeParameterKind.Method }:
                    return null;
                case IFieldSymbol { IsStatic: false } or IPropertySymbol { IsStatic: false } or IMethodSymbol { IsStatic: false, MethodKind: not MethodKind.LocalFunction } or IEventSymbol { IsStatic: false }
                    when identifier.Parent is not MemberAccessExpressionSyntax { Name: var name } || name != identifier:
                    return null;
                case IMethodSymbol { MethodKind: MethodKind.LocalFunction }:
                    return null;
            }
        }

        return MentionsMethodTypeParameter(accumulator.Type) ? null : captured;
    }

    private static ITypeSymbol TypeOf(ISymbol symbol) => symbol is ILocalSymbol local ? local.Type : ((IParameterSymbol)symbol).Type;

    private static bool DeclaredIn(ISymbol symbol, SyntaxNode loop) =>
        symbol.DeclaringSyntaxReferences.Any(reference => reference.SyntaxTree == loop.SyntaxTree && loop.Span.Contains(reference.Span));

    private static bool MentionsMethodTypeParameter(ITypeSymbol type) => type switch
    {
        ITypeParameterSymbol parameter => parameter.TypeParameterKind == TypeParameterKind.Method,
        IArrayTypeSymbol array => MentionsMethodTypeParameter(array.ElementType),
        INamedTypeSymbol named => named.TypeArguments.Any(MentionsMethodTypeParameter),
        _ => false,
    };

    private static string Display(ITypeSymbol type) => type.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat);

    private static bool WritesLocal(ForStatementSyntax loop, string name) =>
        loop.Statement.DescendantNodes().OfType<AssignmentExpressionSyntax>().Any(assignment => assignment.Left is IdentifierNameSyntax identifier && identifier.Identifier.ValueText == name);

    /// <summary>True when the loop assigns, increments or passes by <c>ref</c>/<c>out</c> a variable named <paramref name="name"/>.</summary>
    private static bool WrittenIn(ForStatementSyntax loop, string name) =>
        loop.DescendantNodes().Any(node => node switch
        {
            AssignmentExpressionSyntax { Left: IdentifierNameSyntax identifier } => identifier.Identifier.ValueText == name,
            PrefixUnaryExpressionSyntax { Operand: IdentifierNameSyntax identifier } prefix when prefix.Kind() is SyntaxKind.PreIncrementExpression or SyntaxKind.PreDecrementExpression =>
                identifier.Identifier.ValueText == name,
            PostfixUnaryExpressionSyntax { Operand: IdentifierNameSyntax identifier } => identifier.Identifier.ValueText == name,
            ArgumentSyntax { RefKindKeyword.RawKind: not 0, Expression: IdentifierNameSyntax identifier } => identifier.Identifier.ValueText == name,
            _ => false,
        });

    /// <summary>
    /// True when every write of <paramref name="name"/> in the loop keeps a maximum: <c>m = Math.Max(m, v)</c>,
    /// <c>m = v &gt; m ? v : m</c>, or <c>m = v</c> under an <c>if</c> comparing with <c>m</c>.
    /// </summary>
    private static bool FoldsMaximum(ForStatementSyntax loop, string name) =>
        loop.Statement.DescendantNodes().OfType<AssignmentExpressionSyntax>()
            .Where(assignment => assignment.Left is IdentifierNameSyntax identifier && identifier.Identifier.ValueText == name)
            .All(assignment => assignment.IsKind(SyntaxKind.SimpleAssignmentExpression) && (
                assignment.Right is InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax { Name.Identifier.ValueText: "Max" or "MaxNumber" } } ||
                assignment.Right is ConditionalExpressionSyntax { Condition: BinaryExpressionSyntax comparison } && Compares(comparison, name) ||
                assignment.Ancestors().OfType<IfStatementSyntax>().FirstOrDefault() is { Condition: BinaryExpressionSyntax guard } && Compares(guard, name)));

    /// <summary>True when every write of <paramref name="name"/> in the loop adds to it: <c>s += v</c>, <c>s = s + v</c>.</summary>
    private static bool FoldsSum(ForStatementSyntax loop, string name) =>
        loop.Statement.DescendantNodes().OfType<AssignmentExpressionSyntax>()
            .Where(assignment => assignment.Left is IdentifierNameSyntax identifier && identifier.Identifier.ValueText == name)
            .All(assignment => assignment.IsKind(SyntaxKind.AddAssignmentExpression) ||
                assignment.IsKind(SyntaxKind.SimpleAssignmentExpression) && assignment.Right is BinaryExpressionSyntax { RawKind: (int)SyntaxKind.AddExpression } sum
                && (sum.Left is IdentifierNameSyntax { Identifier.ValueText: var left } && left == name || sum.Right is IdentifierNameSyntax { Identifier.ValueText: var right } && right == name));

    private static bool Compares(BinaryExpressionSyntax comparison, string name) =>
        comparison.Kind() is SyntaxKind.GreaterThanExpression or SyntaxKind.GreaterThanOrEqualExpression or SyntaxKind.LessThanExpression or SyntaxKind.LessThanOrEqualExpression
        && comparison.DescendantNodes().OfType<IdentifierNameSyntax>().Any(identifier => identifier.Identifier.ValueText == name);

    private static bool Leaves(ForStatementSyntax loop) =>
        loop.DescendantNodes().Any(node => node is ReturnStatementSyntax or YieldStatementSyntax or GotoStatementSyntax or LocalFunctionStatementSyntax
            or AnonymousFunctionExpressionSyntax or AwaitExpressionSyntax);
}
