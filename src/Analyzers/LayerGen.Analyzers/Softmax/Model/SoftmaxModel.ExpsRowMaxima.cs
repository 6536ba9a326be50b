using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace LayerGen.Analyzers.Softmax.Model;

/// <summary>
/// Whether a maximum provably walks the whole row of the very array the exps read (membership slices: a whole-row
/// maximum shifting per-nest sums is too wide). The invariant, kept narrow on purpose: the maximum's element reads are
/// reads of the array the exps read (<c>v[n][j]</c>, <c>v[n, j]</c>, <c>v[n * alts + j]</c>, <c>v[j]</c>; a LINQ
/// <c>v[n].Max()</c>, a <c>foreach</c> over <c>v[n]</c>), at the same person index, directly at the walk's own variable
/// over the row's length; and that array is a parameter or field whose elements the method writes only in the person's
/// own row after the maximum (the in-place exps and division of the softmax itself), and that it never hands on (no
/// alias, <c>Span</c> view, ref, copy call or helper argument). Buffers, masks, index lists or counts refilled per nest
/// are then never the maximum's walk, whatever the spelling of their refill: such a maximum is no verdict (silent).
/// </summary>
internal sealed partial class SoftmaxModel
{
    /// <summary>How the uses of the method's variables were classified: one scan of the block, made on first use.</summary>
    private RowUseScan? _rowUses;

    /// <summary>How an element read addresses its row.</summary>
    private enum RowLayout
    {
        /// <summary><c>v[j]</c>: one row, no person index.</summary>
        Vector,

        /// <summary><c>v[n][j]</c>.</summary>
        Jagged,

        /// <summary><c>v[n, j]</c>.</summary>
        Matrix,

        /// <summary><c>v[n * alts + j]</c>: the person part is the addend other than the walk's variable.</summary>
        Flat,

        /// <summary><c>v[j, n]</c> (column-major): the row is a column.</summary>
        MatrixColumn,

        /// <summary><c>v[j * persons + n]</c> (column-major, flat): the person part is the other addend, with the stride.</summary>
        FlatColumn,
    }

    /// <summary>One row of an array: its variable, its layout and the person index's source text (no whitespace).</summary>
    private readonly struct ArrayRow
    {
        public ArrayRow(ISymbol root, RowLayout layout, string person, IOperation? personIndex)
        {
            Root = root;
            Layout = layout;
            Person = person;
            PersonIndex = personIndex;
        }

        public ISymbol Root { get; }

        public RowLayout Layout { get; }

        public string Person { get; }

        /// <summary>The person index operation of the read it was taken from (null for a vector).</summary>
        public IOperation? PersonIndex { get; }

        public bool SameRow(ArrayRow other) =>
            SymbolEqualityComparer.Default.Equals(Root, other.Root) && Layout == other.Layout && Person == other.Person;
    }

    /// <summary>
    /// True when the maximum's fold <paramref name="fold"/> walks, unfiltered, the whole row the site's exps read, of an
    /// array nothing refills (see the type's summary), and the row does not depend on the nest <paramref name="picking"/> picks.
    /// </summary>
    private bool WalksWholeExpsRow(SoftmaxSite site, IOperation fold, IOperation picking)
    {
        var walked = WholeRowWalked(fold, picking, site, out var walk);
        if (walked is not { } row || walk is null)
        {
            return false;
        }

        // The row must be one every exp of the site reads, at the same person index.
        foreach (var exp in site.Exps)
        {
            if (!exp.Descendants().Any(read => RowReadsOf(read).Any(expRow => expRow.Row.SameRow(row))))
            {
                return false;
            }
        }

        return IsStableRowSource(row, walk, picking, site);
    }

    /// <summary>
    /// The row the maximum's fold walks whole, and the walk (a loop, or the LINQ call): <c>v[n].Max()</c>, <c>foreach (u in v[n])</c>,
    /// or a counted loop from 0 by 1 over the row's length whose only element reads are the row at its own variable and
    /// whose only conditions are the maximum's own comparison.
    /// </summary>
    private ArrayRow? WholeRowWalked(IOperation fold, IOperation picking, SoftmaxSite site, out IOperation? walk)
    {
        walk = null;
        if (Unwrap(fold) is IInvocationOperation { TargetMethod.Name: "Max" } linqMax)
        {
            var explicitArguments = linqMax.Instance is null ? linqMax.Arguments.Length - 1 : linqMax.Arguments.Length;
            if (explicitArguments > 1 || !Symbols.IsLinqOperatorType(linqMax.TargetMethod.ContainingType))
            {
                return null;
            }

            walk = linqMax;
            var source = linqMax.Instance ?? linqMax.Arguments[0].Value;
            return explicitArguments == 0 ? WholeRowSource(source) : RangeSelectorRow(source, linqMax, site);
        }

        if (EnclosingLoop(fold) is not ILoopOperation loop || loop == picking || Contains(loop, picking)
            || loop.Body.DescendantsAndSelf().Any(operation => operation is IBranchOperation { BranchKind: BranchKind.Continue or BranchKind.Break or BranchKind.GoTo }))
        {
            return null;
        }

        // The accumulator: a variable, or an element the walk does not pick (rowMax[n], nestTop[k]); a scatter is no whole maximum.
        var target = fold.DescendantsAndSelf().OfType<IAssignmentOperation>().Select(assignment => Unwrap(assignment.Target)).FirstOrDefault();
        var accumulator = VariableOf(target);
        var walkElement = WalkElement(loop);
        if (target is null || walkElement is null
            || accumulator is null && (!IsElementAccess(target) || target.Descendants().Any(index => index is ILocalReferenceOperation { Local: var local } && SymbolEqualityComparer.Default.Equals(local, walkElement))))
        {
            return null;
        }

        var accumulatorText = TextOf(target);
        for (var parent = fold.Parent; parent is not null && parent != loop; parent = parent.Parent)
        {
            if (parent is IConditionalOperation branch && !IsMaximumComparison(branch.Condition, accumulator, accumulatorText))
            {
                return null;
            }
        }

        if (fold.DescendantsAndSelf().OfType<IConditionalOperation>().Any(branch => !IsMaximumComparison(branch.Condition, accumulator, accumulatorText)))
        {
            return null;
        }

        // Every value the fold (and its guard) compares: the walked element, or the accumulator itself.
        var compared = FoldWithGuards(fold, loop).SelectMany(part => part.DescendantsAndSelf())
            .Where(read => read is IArrayElementReferenceOperation or ILocalReferenceOperation && IsNumeric(read.Type) && TextOf(read) != accumulatorText && !IsIndexPart(read))
            .ToList();
        if (compared.Count == 0)
        {
            return null;
        }

        walk = loop;
        if (loop is IForEachLoopOperation forEach)
        {
            return compared.All(read => read is ILocalReferenceOperation { Local: var local } && SymbolEqualityComparer.Default.Equals(local, walkElement))
                ? WholeRowSource(forEach.Collection)
                : null;
        }

        ArrayRow? row = null;
        foreach (var read in compared)
        {
            if (ScalarRowRead(read, walkElement) is not { } element || row is { } seen && !seen.SameRow(element.Row))
            {
                return null;
            }

            row = element.Row;
        }

        return row is { } whole && IsCountedByOneFromZero(loop, walkElement) && IsRowLengthBound(UpperBoundFromZero(loop), whole, site) ? whole : null;
    }

    /// <summary>
    /// <c>Enumerable.Range(0, B).Max(j =&gt; v[n, j])</c>: a selector whose every compared read is one row at its parameter,
    /// over [0, B) with B the row's length (<see cref="IsRowLengthBound"/>).
    /// </summary>
    private ArrayRow? RangeSelectorRow(IOperation source, IInvocationOperation linqMax, SoftmaxSite site)
    {
        if (Unwrap(source) is not IInvocationOperation { TargetMethod.Name: "Range", Arguments: [{ Value.ConstantValue: { HasValue: true, Value: 0 } }, var count] }
            || LambdaArgument(linqMax) is not { Symbol.Parameters: [var position] } selector
            || selector.Body.Operations is not [IReturnOperation { ReturnedValue: { } value }])
        {
            return null;
        }

        ArrayRow? row = null;
        foreach (var read in value.DescendantsAndSelf().Where(read => read is IArrayElementReferenceOperation or IPropertyReferenceOperation or IInvocationOperation && !IsIndexPart(read)))
        {
            if (read is IInvocationOperation call && !(call.TargetMethod.ContainingType?.Name is "Math" or "MathF"))
            {
                return null;
            }

            if (read is IInvocationOperation || read is IPropertyReferenceOperation { Property.IsIndexer: false })
            {
                continue;
            }

            if (ScalarRowRead(read, position) is not { } element || row is { } seen && !seen.SameRow(element.Row))
            {
                return null;
            }

            row = element.Row;
        }

        return row is { } whole && IsRowLengthBound(count.Value, whole, site) ? whole : null;
    }

    /// <summary>The fold and the conditions of the branches between it and its walk (<c>if (v[n][j] &gt; top) top = v[n][j]</c>).</summary>
    private static IEnumerable<IOperation> FoldWithGuards(IOperation fold, IOperation walk)
    {
        yield return fold;
        for (var parent = fold.Parent; parent is not null && parent != walk; parent = parent.Parent)
        {
            if (parent is IConditionalOperation branch)
            {
                yield return branch.Condition;
            }
        }
    }

    /// <summary>A read inside another read's index (<c>idx[q]</c> in <c>v[n][idx[q]]</c>, <c>n</c> in <c>v[n]</c>): not a compared value.</summary>
    private static bool IsIndexPart(IOperation read)
    {
        for (var child = read; child.Parent is { } parent; child = parent)
        {
            if (parent is IArrayElementReferenceOperation element && element.ArrayReference != child)
            {
                return true;
            }

            if (parent is IArrayElementReferenceOperation)
            {
                continue;
            }

            if (parent is not (IConversionOperation or IParenthesizedOperation))
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>The maximum's own comparison (<c>x &gt; top</c>, <c>nestTop[k] &lt; x</c>): reads the accumulator, no filter.</summary>
    private static bool IsMaximumComparison(IOperation condition, ISymbol? accumulator, string accumulatorText) =>
        Unwrap(condition) is IBinaryOperation
        {
            OperatorKind: BinaryOperatorKind.GreaterThan or BinaryOperatorKind.GreaterThanOrEqual or BinaryOperatorKind.LessThan or BinaryOperatorKind.LessThanOrEqual,
        } comparison
        && (accumulator is not null && (References(comparison.LeftOperand, accumulator) || References(comparison.RightOperand, accumulator))
            || TextOf(Unwrap(comparison.LeftOperand)!) == accumulatorText || TextOf(Unwrap(comparison.RightOperand)!) == accumulatorText);

    /// <summary>A whole row as a sequence: <c>v[n]</c> of a jagged array, or a vector <c>v</c> (no selector, no filter).</summary>
    private ArrayRow? WholeRowSource(IOperation? source) => Unwrap(source) switch
    {
        IArrayElementReferenceOperation { Indices: [var person], ArrayReference: var rows, Type: IArrayTypeSymbol { Rank: 1, ElementType: var element } }
            when IsNumeric(element) && ArrayVariableOf(rows) is { } root => new ArrayRow(root, RowLayout.Jagged, TextOf(person), person),
        ILocalReferenceOperation { Local: var local } when RowLocalSource(local) is { } row => row,
        { Type: IArrayTypeSymbol { Rank: 1, ElementType: var element } } vector when IsNumeric(element) && ArrayVariableOf(vector) is { } root
            => new ArrayRow(root, RowLayout.Vector, string.Empty, null),
        _ => null,
    };

    /// <summary>
    /// The row a local names when it is declared once as <c>v[n]</c> of a jagged array (<c>var row = v[n];</c>), never
    /// written again, never handed on and its elements never written: then <c>row[j]</c> is <c>v[n][j]</c>.
    /// </summary>
    private ArrayRow? RowLocalSource(ILocalSymbol local)
    {
        if (local.IsRef || RowUses.ConservativeWritesOf(local) is not [IVariableDeclaratorOperation declarator] || RowUses.Escapes(local)
            || RowUses.ElementWritesOf(local).Count > 0
            || Unwrap(declarator.GetVariableInitializer()?.Value) is not IArrayElementReferenceOperation { Indices: [var person], ArrayReference: var rows }
            || ArrayVariableOf(rows) is not { } root || root is ILocalSymbol)
        {
            return null;
        }

        return new ArrayRow(root, RowLayout.Jagged, TextOf(person), person);
    }

    /// <summary>
    /// A numeric element read of a row, read at the local <paramref name="position"/> (for a flat read, one addend or one
    /// addend's factor): the first of <see cref="RowReadsOf"/> at it.
    /// </summary>
    private (ArrayRow Row, IOperation Position)? ScalarRowRead(IOperation read, ISymbol position)
    {
        foreach (var candidate in RowReadsOf(read))
        {
            if (Unwrap(candidate.Position) is ILocalReferenceOperation or IParameterReferenceOperation && SymbolEqualityComparer.Default.Equals(VariableOf(candidate.Position), position))
            {
                return candidate;
            }
        }

        return null;
    }

    /// <summary>
    /// Every way a numeric element read addresses a row and a position in it: <c>v[n][j]</c> (also <c>row[j]</c> of a
    /// <see cref="RowLocalSource"/>), <c>v[n, j]</c> or <c>v[j, n]</c>, <c>v[p + j]</c> or <c>v[j * s + p]</c>, <c>v[j]</c>.
    /// </summary>
    private IEnumerable<(ArrayRow Row, IOperation Position)> RowReadsOf(IOperation read)
    {
        if (read is not IArrayElementReferenceOperation { Type: var type } element || !IsNumeric(type))
        {
            yield break;
        }

        switch (element.Indices)
        {
            case [var alternative] when Unwrap(element.ArrayReference) is IArrayElementReferenceOperation { Indices: [var person], ArrayReference: var rows }:
                if (ArrayVariableOf(rows) is { } jagged)
                {
                    yield return (new ArrayRow(jagged, RowLayout.Jagged, TextOf(person), person), alternative);
                }

                break;
            case [var person, var alternative] when ArrayVariableOf(element.ArrayReference) is { } matrix:
                yield return (new ArrayRow(matrix, RowLayout.Matrix, TextOf(person), person), alternative);
                yield return (new ArrayRow(matrix, RowLayout.MatrixColumn, TextOf(alternative), alternative), person);
                break;
            case [var index] when Unwrap(element.ArrayReference) is ILocalReferenceOperation { Local: var local } && RowLocalSource(local) is { } row:
                yield return (row, index);
                break;
            case [var index] when ArrayVariableOf(element.ArrayReference) is { } flat:
                if (Unwrap(index) is IBinaryOperation { OperatorKind: BinaryOperatorKind.Add } sum)
                {
                    foreach (var (person, alternative) in new[] { (sum.LeftOperand, sum.RightOperand), (sum.RightOperand, sum.LeftOperand) })
                    {
                        switch (Unwrap(alternative))
                        {
                            case ILocalReferenceOperation or IParameterReferenceOperation:
                                yield return (new ArrayRow(flat, RowLayout.Flat, TextOf(person), person), alternative);
                                break;
                            case IBinaryOperation { OperatorKind: BinaryOperatorKind.Multiply } product:
                                foreach (var (factor, stride) in new[] { (product.LeftOperand, product.RightOperand), (product.RightOperand, product.LeftOperand) })
                                {
                                    if (Unwrap(factor) is ILocalReferenceOperation or IParameterReferenceOperation)
                                    {
                                        yield return (new ArrayRow(flat, RowLayout.FlatColumn, TextOf(person) + "|" + TextOf(stride), person), factor);
                                    }
                                }

                                break;
                        }
                    }
                }
                else
                {
                    yield return (new ArrayRow(flat, RowLayout.Vector, string.Empty, null), index);
                }

                break;
        }
    }

    /// <summary><c>for (int j = 0; …; j++)</c>: starts at 0, steps by +1, and only its header writes the variable.</summary>
    private bool IsCountedByOneFromZero(ILoopOperation loop, ISymbol variable)
    {
        if (loop is not IForLoopOperation || CountedLoopParts(loop) is not var (start, step, _)
            || StartValue(start) is not ({ } started, { } value) || !SymbolEqualityComparer.Default.Equals(started, variable)
            || Unwrap(value)!.ConstantValue is not { HasValue: true, Value: 0 } || UnitStep(step, variable) != 1)
        {
            return false;
        }

        return RowUses.ConservativeWritesOf(variable).All(write => Contains(loop, write) && !Contains(loop.Body, write));
    }

    /// <summary>
    /// The walk's bound is the row's length: <c>v[n].Length</c>, <c>v.GetLength(1)</c>, a vector's <c>v.Length</c>; or the
    /// same text as the bound of every counted walk of the site's sum (the sum visits a subset of [0, B)), B made of
    /// constants, parameters and locals never written after their declaration.
    /// </summary>
    private bool IsRowLengthBound(IOperation? bound, ArrayRow row, SoftmaxSite site, int depth = 2)
    {
        switch (Unwrap(bound))
        {
            case null:
                return false;
            case ILocalReferenceOperation { Local: var count } when depth > 0 && RowUses.ConservativeWritesOf(count) is [IVariableDeclaratorOperation declarator]
                && declarator.GetVariableInitializer()?.Value is { } value && IsRowLengthBound(value, row, site, depth - 1):
                return true; // int nAlts = v.GetLength(1), set once
            case IPropertyReferenceOperation { Property.Name: "Length", Instance: var instance } when row.Layout == RowLayout.Jagged
                && Unwrap(instance) is IArrayElementReferenceOperation { Indices: [var person], ArrayReference: var rows }
                && References(rows, row.Root) && TextOf(person) == row.Person:
                return true;
            case IPropertyReferenceOperation { Property.Name: "Length", Instance: var vector } when row.Layout == RowLayout.Vector && References(vector, row.Root):
                return true;
            case IInvocationOperation { TargetMethod.Name: "GetLength", Instance: var matrix, Arguments: [{ Value.ConstantValue: { HasValue: true, Value: int dimension } }] }
                when (row.Layout == RowLayout.Matrix && dimension == 1 || row.Layout == RowLayout.MatrixColumn && dimension == 0) && References(matrix, row.Root):
                return true;
            case IPropertyReferenceOperation { Property.Name: "Length", Instance: var rowLocal } when row.Layout == RowLayout.Jagged
                && Unwrap(rowLocal) is ILocalReferenceOperation { Local: var local } && RowLocalSource(local) is { } named && named.SameRow(row):
                return true;
        }

        var text = TextOf(bound!);
        var sumWalks = site.Sum.Folds.Select(fold => EnclosingLoop(fold)).ToList();
        return sumWalks.Count > 0
            && sumWalks.All(sumWalk => sumWalk is not null && UpperBoundFromZero(sumWalk) is { } sumBound && TextOf(sumBound) == text)
            && bound!.DescendantsAndSelf().All(part => part switch
            {
                ILocalReferenceOperation { Local: var local } => RowUses.ConservativeWritesOf(local).Count == 1 && RowUses.ConservativeWritesOf(local)[0] is IVariableDeclaratorOperation,
                IParameterReferenceOperation { Parameter: var parameter } => parameter.RefKind == RefKind.None && RowUses.ConservativeWritesOf(parameter).Count == 0,
                IFieldReferenceOperation or IInstanceReferenceOperation => false,
                IInvocationOperation call => call.TargetMethod.Name == "GetLength" && !call.TargetMethod.Locations.Any(location => location.IsInSource),
                _ => true,
            });
    }

    /// <summary>The array variable a read starts at: a local, a parameter, or a field of this instance or a static one (not another object's).</summary>
    private static ISymbol? ArrayVariableOf(IOperation? operation) => Unwrap(operation) switch
    {
        ILocalReferenceOperation local => local.Local,
        IParameterReferenceOperation parameter => parameter.Parameter,
        IFieldReferenceOperation { Instance: null or IInstanceReferenceOperation } field => field.Field,
        _ => null,
    };

    private static bool IsNumeric(ITypeSymbol? type) => type?.SpecialType is SpecialType.System_Double or SpecialType.System_Single;

    /// <summary>An operation's source text without whitespace (person indices and bounds compared by spelling).</summary>
    private static string TextOf(IOperation operation)
    {
        var text = operation.Syntax.ToString();
        var builder = new System.Text.StringBuilder(text.Length);
        foreach (var character in text)
        {
            if (!char.IsWhiteSpace(character))
            {
                builder.Append(character);
            }
        }

        return builder.ToString();
    }

    private RowUseScan RowUses => _rowUses ??= RowUseScan.Collect(_root, method => method.ContainingType is { } type && Symbols.IsLinqOperatorType(type));
}
