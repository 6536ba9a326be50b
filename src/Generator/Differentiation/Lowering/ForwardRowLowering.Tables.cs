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
            string? refusal = TableRefusal(field, at.SemanticModel, out table);
            _tables[field] = table;
            if (refusal is not null)
            {
                Report(RuleIdentifiers.UnsupportedExpression, at, "the table '" + field.Name + "', which " + refusal, Supported.Tables);
            }
        }
        else if (table is null)
        {
            Report(RuleIdentifiers.UnsupportedExpression, at, "the table '" + field.Name + "'", Supported.Tables);
        }

        return table;
    }

    /// <summary>Why <paramref name="field"/> is no constant table (null when it is one, then <paramref name="table"/> holds it).</summary>
    private string? TableRefusal(IFieldSymbol field, SemanticModel? semanticModel, out ConstantTable? table)
    {
        table = null;
        if (!field.IsStatic || !field.IsReadOnly || field.DeclaredAccessibility != Accessibility.Private ||
            !SymbolEqualityComparer.Default.Equals(field.ContainingType, _method.ContainingType))
        {
            return "is not a private static readonly field of the layer's type";
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
            return "is written or passed on ('" + OneLine(use.ToString()) + "')";
        }

        table = new ConstantTable(field.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat), new EquatableArray<double>(values));
        return null;
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

    /// <summary>The first use of <paramref name="field"/>'s name in its type that is not <c>Name[i]</c> read as a value, <c>Name.Length</c>, <c>foreach (T v in Name)</c> or converted to a read-only span; null when there is none.</summary>
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
                if (!read)
                {
                    return use.Parent ?? use;
                }
            }
        }

        return null;
    }

    /// <summary>True when <paramref name="use"/> is converted to a <c>ReadOnlySpan&lt;T&gt;</c> (an argument, a local), through which it cannot be written.</summary>
    private bool IsReadOnlySpan(SyntaxNode use, SemanticModel semanticModel)
    {
        // Table.AsSpan(…) and Table.AsSpan(…).Slice(…) are writable spans: read only when the whole call is converted to one.
        while (use.Parent is MemberAccessExpressionSyntax { Name.Identifier.ValueText: "AsSpan" or "Slice" } access && access.Expression == use &&
               access.Parent is InvocationExpressionSyntax call && call.Expression == access)
        {
            use = call;
        }

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
