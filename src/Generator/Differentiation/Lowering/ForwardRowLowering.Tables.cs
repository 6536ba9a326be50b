// Compiled into both LayerGen.Generator and LayerGen.Analyzers.
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using LayerGen.Analyzers;
using LayerGen.Differentiation.Ir;
using LayerGen.Generator.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace LayerGen.Differentiation.Lowering;

/// <summary>
/// Constant tables: <c>static readonly int[] Perm = { 0, 3, 1 };</c> (or float/double) declared privately in the layer's
/// type, initialised with constants and never written, is read as constants: <c>Perm.Length</c> is a constant,
/// <c>Perm[i]</c> an integer expression (an index, a bound) or a real one with no derivative, folded when i is constant.
/// Whether it is written is decided from the type's syntax: every use of the name must be <c>Name[i]</c> read as a value,
/// <c>Name.Length</c>, the collection of a <c>foreach</c> or converted to a <c>ReadOnlySpan&lt;T&gt;</c> (passed to a helper,
/// ForwardRowLowering.TableViews.cs); an assignment, <c>++</c>, <c>ref</c>/<c>out</c> or passing the array anywhere else rejects it.
/// </summary>
internal sealed partial class ForwardRowLowering
{
    private readonly Dictionary<IFieldSymbol, ConstantTable?> _tables = new(SymbolEqualityComparer.Default);

    /// <summary>The constant table the field reference <paramref name="instance"/> names; null (reported at <paramref name="at"/>) for any other field.</summary>
    private ConstantTable? TableOf(IOperation? instance, IOperation at)
    {
        if (instance is null || Unconverted(instance) is not IFieldReferenceOperation { Field: var field })
        {
            return null;
        }

        if (_writtenFields.Contains(field))
        {
            return null; // ForwardRow writes it: reported once, at the write
        }

        if (!_tables.TryGetValue(field, out ConstantTable? table))
        {
            string? refusal = TableRefusal(field, at.SemanticModel, out table, out SyntaxNode? writablePass);
            _tables[field] = table;
            if (writablePass is not null)
            {
                // One error for the table, at the call that would write it; its reads follow from it.
                _writablyPassedTables.Add(field);
                Report(RuleIdentifiers.UnsupportedCall, writablePass.GetLocation(), "the table '" + field.Name + "' passed as a writable span ('" +
                    OneLine((writablePass.Parent?.FirstAncestorOrSelf<InvocationExpressionSyntax>() ?? writablePass).ToString()) + "')", TablesAreReadOnly);
                _silenced.Add(at);
            }
            else if (refusal is not null)
            {
                string declare = MissingTableModifiers(field) is null ? string.Empty
                    : "declare it 'private static readonly " + field.Type.ToDisplayString() + " " + field.Name + " = …' (a field the class could reassign or other types could change is no constant); ";
                Report(RuleIdentifiers.UnsupportedExpression, at, "the table '" + field.Name + "', which " + refusal, declare + Supported.Tables);
            }
        }
        else if (table is null && _writablyPassedTables.Contains(field))
        {
            _silenced.Add(at);
        }
        else if (table is null)
        {
            Report(RuleIdentifiers.UnsupportedExpression, at, "the table '" + field.Name + "'", Supported.Tables);
        }

        return table;
    }

    private const string TablesAreReadOnly =
        "constant tables are read-only: take a ReadOnlySpan<T> in the helper, or copy the table into a local buffer (Table.AsSpan().CopyTo(buffer)) and write that";

    // Tables refused because ForwardRow passes them as a writable span: reported once, at that call.
    private readonly HashSet<IFieldSymbol> _writablyPassedTables = new(SymbolEqualityComparer.Default);

    /// <summary>
    /// Why <paramref name="field"/> is no constant table (null when it is one, then <paramref name="table"/> holds it);
    /// <paramref name="writablePass"/> is the argument when the reason is a pass as a writable <c>Span&lt;T&gt;</c>.
    /// </summary>
    private string? TableRefusal(IFieldSymbol field, SemanticModel? semanticModel, out ConstantTable? table, out SyntaxNode? writablePass)
    {
        table = null;
        writablePass = null;
        if (!SymbolEqualityComparer.Default.Equals(field.ContainingType, _method.ContainingType))
        {
            return "is a field of " + field.ContainingType.Name + ", not of the layer's type: declare the table as a private static readonly field of the layer";
        }

        if (MissingTableModifiers(field) is { } missing)
        {
            // Say which modifier is missing ("static double[] Taper" lacks only readonly); TableOf says what to write.
            return "is declared without " + missing;
        }

        if (field.Type is not IArrayTypeSymbol { Rank: 1, ElementType.SpecialType: SpecialType.System_Int32 or SpecialType.System_Single or SpecialType.System_Double })
        {
            return "is not an int, float or double array";
        }

        if (field.DeclaringSyntaxReferences is not [var reference] || reference.GetSyntax(_cancellationToken) is not VariableDeclaratorSyntax { Initializer.Value: { } value } ||
            semanticModel is null || value.SyntaxTree != semanticModel.SyntaxTree || ConstantElements(semanticModel.GetOperation(value, _cancellationToken)) is not { } values)
        {
            return "is not initialised with constants in its declaration (in ForwardRow's file)";
        }

        if (WrittenOrPassed(field, semanticModel) is { } use)
        {
            writablePass = WritableSpanArgument(use, semanticModel);
            return "is written or passed on ('" + OneLine((use.Parent ?? use).ToString()) + "')";
        }

        table = new ConstantTable(field.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat), new EquatableArray<double>(values));
        return null;
    }

    /// <summary>The modifiers a constant table needs that <paramref name="field"/> lacks ("readonly", "private and readonly"), or null.</summary>
    private static string? MissingTableModifiers(IFieldSymbol field)
    {
        var missing = new List<string>();
        if (field.DeclaredAccessibility != Accessibility.Private)
        {
            missing.Add("private");
        }

        if (!field.IsStatic)
        {
            missing.Add("static");
        }

        if (!field.IsReadOnly)
        {
            missing.Add("readonly");
        }

        return missing.Count == 0 ? null : NameList(missing);
    }

    /// <summary>The element values of <c>{ 1, 2 }</c>, <c>new[] { 1, 2 }</c>, <c>new int[] { 1, 2 }</c> or <c>[1, 2]</c> when all are constants.</summary>
    private static ImmutableArray<double>? ConstantElements(IOperation? initializer)
    {
        while (initializer is IConversionOperation conversion)
        {
            initializer = conversion.Operand;
        }

        IEnumerable<IOperation>? elements = initializer switch
        {
            IArrayCreationOperation { Initializer: { } arrayInitializer, DimensionSizes: [_] } => arrayInitializer.ElementValues,
            IArrayInitializerOperation arrayInitializer => arrayInitializer.ElementValues,
            ICollectionExpressionOperation collection => collection.Elements,
            _ => null,
        };
        if (elements is null)
        {
            return null;
        }

        var values = ImmutableArray.CreateBuilder<double>();
        foreach (IOperation element in elements)
        {
            if (element.ConstantValue is not { HasValue: true, Value: int or float or double } constant)
            {
                return null;
            }

            values.Add(System.Convert.ToDouble(constant.Value, System.Globalization.CultureInfo.InvariantCulture));
        }

        return values.ToImmutable();
    }

    /// <summary>
    /// The first use of <paramref name="field"/>'s name in its type that is not <c>Name[i]</c> read as a value,
    /// <c>Name.Length</c>, <c>foreach (T v in Name)</c>, converted to a read-only span or the source of a <c>CopyTo</c>; null
    /// when there is none.
    /// </summary>
    private SyntaxNode? WrittenOrPassed(IFieldSymbol field, SemanticModel semanticModel)
    {
        foreach (SyntaxReference declaration in field.ContainingType.DeclaringSyntaxReferences)
        {
            foreach (IdentifierNameSyntax name in declaration.GetSyntax(_cancellationToken).DescendantNodes().OfType<IdentifierNameSyntax>())
            {
                if (name.Identifier.ValueText != field.Name)
                {
                    continue;
                }

                // Type.Name is the same use as Name.
                SyntaxNode use = name.Parent is MemberAccessExpressionSyntax qualified && qualified.Name == name ? qualified : name;
                bool read = use.Parent switch
                {
                    MemberAccessExpressionSyntax { Name.Identifier.ValueText: "Length" } length => length.Expression == use,
                    ElementAccessExpressionSyntax element => element.Expression == use && !IsWrite(element),
                    ForEachStatementSyntax { Type: not RefTypeSyntax } loop => loop.Expression == use,
                    _ => IsReadOnlySpan(use, semanticModel),
                };
                if (!read && !IsCopySource(use))
                {
                    return use;
                }
            }
        }

        return null;
    }

    /// <summary><paramref name="use"/>, or the <c>AsSpan</c>/<c>Slice</c> window taken of it, up to the whole window expression.</summary>
    private static SyntaxNode WholeWindow(SyntaxNode use)
    {
        while (use.Parent is MemberAccessExpressionSyntax { Name.Identifier.ValueText: "AsSpan" or "Slice" } access && access.Expression == use &&
               access.Parent is InvocationExpressionSyntax call && call.Expression == access)
        {
            use = call;
        }

        return use;
    }

    /// <summary>True when <paramref name="use"/> (or a window of it) is the source of <c>.CopyTo(destination)</c>: read only.</summary>
    private static bool IsCopySource(SyntaxNode use) =>
        WholeWindow(use) is var window && window.Parent is MemberAccessExpressionSyntax { Name.Identifier.ValueText: "CopyTo" } copy &&
        copy.Expression == window && copy.Parent is InvocationExpressionSyntax;

    /// <summary>The argument expression when <paramref name="use"/> (or a window of it) is passed by value as a writable <c>Span&lt;T&gt;</c>; else null.</summary>
    private SyntaxNode? WritableSpanArgument(SyntaxNode use, SemanticModel semanticModel)
    {
        SyntaxNode window = WholeWindow(use);
        return window.SyntaxTree == semanticModel.SyntaxTree && window is ExpressionSyntax expression &&
               window.Parent is ArgumentSyntax { RefKindKeyword.RawKind: 0 } &&
               semanticModel.GetTypeInfo(expression, _cancellationToken).ConvertedType is INamedTypeSymbol { Name: "Span", IsGenericType: true } span &&
               span.ContainingNamespace?.ToDisplayString() == "System"
            ? window
            : null;
    }

    /// <summary>True when <paramref name="use"/> is converted to a <c>ReadOnlySpan&lt;T&gt;</c> (an argument, a local), through which it cannot be written.</summary>
    private bool IsReadOnlySpan(SyntaxNode use, SemanticModel semanticModel)
    {
        // Table.AsSpan(…) and Table.AsSpan(…).Slice(…) are writable spans: read only when the whole call is converted to one.
        use = WholeWindow(use);

        return use.SyntaxTree == semanticModel.SyntaxTree && use is ExpressionSyntax expression && use.Parent is not ArgumentSyntax { RefKindKeyword.RawKind: not 0 } &&
            IsReadOnlySpanType(semanticModel.GetTypeInfo(expression, _cancellationToken).ConvertedType);
    }

    private static bool IsWrite(ExpressionSyntax element) => element.Parent switch
    {
        AssignmentExpressionSyntax assignment => assignment.Left == element,
        PrefixUnaryExpressionSyntax or PostfixUnaryExpressionSyntax => element.Parent.IsKind(SyntaxKind.PreIncrementExpression) ||
            element.Parent.IsKind(SyntaxKind.PreDecrementExpression) || element.Parent.IsKind(SyntaxKind.PostIncrementExpression) ||
            element.Parent.IsKind(SyntaxKind.PostDecrementExpression),
        ArgumentSyntax argument => !argument.RefKindKeyword.IsKind(SyntaxKind.None),
        RefExpressionSyntax => true,
        ParenthesizedExpressionSyntax parenthesized => IsWrite(parenthesized),
        _ => false,
    };

    /// <summary>
    /// <c>foreach (double c in Table)</c> or <c>foreach (int k in Table)</c>, also over a window of a table or a span bound
    /// to one: a loop over the window's indices whose variable is its element.
    /// </summary>
    private void LowerForEachOverTable(IForEachLoopOperation loop, TableView table, string header, List<Statement> output)
    {
        if (loop.LoopControlVariable is not IVariableDeclaratorOperation { Symbol: { RefKind: RefKind.None } variable } ||
            !(IsInteger(variable.Type) || RealTypeOf(variable.Type) is not null))
        {
            ReportBrokenOr(loop, RuleIdentifiers.UnsupportedLoop, "the loop '" + header + "'", "foreach over a table needs an int, float or double variable; " + Supported.Loops);
            return;
        }

        int index = FreshLoopVariable(variable.Name + "Index", loop);
        IntExpr element = table.At(new IntVariable(index));
        Statement first;
        if (IsInteger(variable.Type))
        {
            if (table.Element is not null)
            {
                _broken = true; // the compiler reports the conversion from a real element to int
                return;
            }

            int id = _intInfos.Count;
            _intInfos.Add((variable.Name, false));
            _intLocals[variable] = id;
            first = new IntLet(header, id, new IntTableRead(table.Table, element));
        }
        else
        {
            RealType type = RealTypeOf(variable.Type)!.Value;
            int local = _localInfos.Count;
            _localInfos.Add((variable.Name, type));
            _realLocals[variable] = local;
            RealExpr value = table.Element is { } tableType ? Coerce(new RealTableRead(tableType, table.Table, element), type) : new IntToReal(type, new IntTableRead(table.Table, element));
            first = new AssignLocal(header, local, value, IsDeclaration: true);
        }

        var body = new List<Statement> { first };
        LowerLoopBody(loop.Body, loop.ContinueLabel, body);
        output.Add(new ForLoop(header, index, new IntConstant(0), CompareOperator.Less, table.Length, 1,
            new EquatableArray<Statement>(body.ToImmutableArray())));
    }
}
