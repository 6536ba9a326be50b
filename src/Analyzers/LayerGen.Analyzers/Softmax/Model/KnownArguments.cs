using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using static LayerGen.Analyzers.Softmax.Model.Parentheses;

namespace LayerGen.Analyzers.Softmax.Model;

/// <summary>
/// Decides a helper's branches by the arguments a call passes as constants (a literal, a named argument, a
/// <c>const</c>, an enum member): <c>Amax(a, axis: 0, keepDims: true)</c> makes <c>axis == 0</c>, <c>!keepDims</c>,
/// <c>axis != 1 || !keepDims</c>, <c>axis is 0</c>, <c>switch (axis) { case 0: … }</c> and <c>axis switch { 0 =&gt; …,
/// _ =&gt; … }</c> known in its body. One reading for the inliner's rewrite (<see cref="HelperInliner"/>) and for the
/// shape of a helper whose early <c>return</c> such a branch holds (<see cref="HelperShape"/>), and for the arm an
/// index function's <c>switch</c> takes (SoftmaxModel.SwitchedIndices.cs). Anything else (a
/// parameter the call passes no constant for, a call, a guard) leaves the branch unknown.
/// </summary>
internal sealed class KnownArguments
{
    private readonly IMethodSymbol? _helper;
    private readonly IReadOnlyDictionary<int, object> _constants;
    private readonly IReadOnlyDictionary<int, long?[]> _lengths;
    private readonly SemanticModel _model;
    private readonly CancellationToken _cancellationToken;
    private readonly System.Func<ExpressionSyntax, object?>? _otherValue;

    /// <summary>
    /// Reads <paramref name="helper"/>'s body with the constants passed for its parameters (by ordinal) and the lengths
    /// known of the arrays passed (<paramref name="lengths"/>, per dimension; null entries unknown); without a helper no
    /// parameter is known. <paramref name="otherValue"/>, when given, is the constant an operand that is neither has by
    /// the caller's own reading (a local written once with a constant), or null.
    /// </summary>
    public KnownArguments(
        IMethodSymbol? helper,
        IReadOnlyDictionary<int, object> constants,
        SemanticModel model,
        CancellationToken cancellationToken,
        IReadOnlyDictionary<int, long?[]>? lengths = null,
        System.Func<ExpressionSyntax, object?>? otherValue = null)
    {
        _helper = helper;
        _constants = constants;
        _lengths = lengths ?? new Dictionary<int, long?[]>();
        _model = model;
        _cancellationToken = cancellationToken;
        _otherValue = otherValue;
    }

    /// <summary>True when <paramref name="operand"/> has a constant value for this call (see <see cref="Value"/>).</summary>
    public bool IsKnown(ExpressionSyntax operand) => Value(operand) is not null;

    /// <summary>The value <paramref name="condition"/> has for this call; null when it is not known.</summary>
    public bool? Condition(ExpressionSyntax condition)
    {
        switch (condition)
        {
            case ParenthesizedExpressionSyntax parenthesized:
                return Condition(parenthesized.Expression);
            case PrefixUnaryExpressionSyntax { RawKind: (int)SyntaxKind.LogicalNotExpression } not:
                return Condition(not.Operand) is { } operand ? !operand : null;
            case BinaryExpressionSyntax { RawKind: (int)SyntaxKind.LogicalAndExpression } and:
                // Only a known left side decides: an unknown one may be what the body relies on running.
                return Condition(and.Left) switch { false => false, true => Condition(and.Right), _ => null };
            case BinaryExpressionSyntax { RawKind: (int)SyntaxKind.LogicalOrExpression } or:
                return Condition(or.Left) switch { true => true, false => Condition(or.Right), _ => null };
            case BinaryExpressionSyntax comparison:
                return Value(comparison.Left) is { } left && Value(comparison.Right) is { } right ? Compare(comparison.Kind(), left, right) : null;
            case IsPatternExpressionSyntax test:
                return Value(test.Expression) is { } tested ? Matches(test.Pattern, tested) : null;
            default:
                return Value(condition) is bool value ? value : null;
        }
    }

    /// <summary>
    /// The section of <paramref name="selection"/> this call runs, in <paramref name="section"/> (null when none runs);
    /// false when it is not known (an unknown value, a pattern or guard in a label).
    /// </summary>
    public bool TrySection(SwitchStatementSyntax selection, out SwitchSectionSyntax? section)
    {
        section = null;
        if (Value(selection.Expression) is not { } value)
        {
            return false;
        }

        SwitchSectionSyntax? fallback = null;
        foreach (var candidate in selection.Sections)
        {
            foreach (var label in candidate.Labels)
            {
                switch (label)
                {
                    case DefaultSwitchLabelSyntax:
                        fallback = candidate;
                        break;
                    case CaseSwitchLabelSyntax constant when Value(constant.Value) is { } caseValue:
                        if (Compare(SyntaxKind.EqualsExpression, value, caseValue) is not { } equal)
                        {
                            return false;
                        }

                        if (equal)
                        {
                            section = candidate;
                            return true;
                        }

                        break;
                    case CasePatternSwitchLabelSyntax { WhenClause: null } pattern when Matches(pattern.Pattern, value) is { } matched:
                        if (matched)
                        {
                            section = candidate;
                            return true;
                        }

                        break;
                    default:
                        return false;
                }
            }
        }

        section = fallback;
        return true;
    }

    /// <summary>The arm of <paramref name="selection"/> this call takes; null when it is not known or none matches.</summary>
    public SwitchExpressionArmSyntax? Arm(SwitchExpressionSyntax selection)
    {
        if (Value(selection.GoverningExpression) is not { } value)
        {
            return null;
        }

        foreach (var arm in selection.Arms)
        {
            if (arm.WhenClause is not null || Matches(arm.Pattern, value) is not { } matched)
            {
                return null;
            }

            if (matched)
            {
                return arm;
            }
        }

        return null;
    }

    /// <summary>
    /// The constant <paramref name="operand"/> is for this call: a parameter the call passes a constant for, a
    /// compile-time constant of the body (a literal, a <c>const</c>, an enum member, as its underlying value), or the
    /// caller's other value for it.
    /// </summary>
    public object? Constant(ExpressionSyntax operand) => Value(operand);

    /// <summary>The lengths known of the array the call passes for <paramref name="parameter"/>; null when none is known or it is another method's.</summary>
    public long?[]? Lengths(IParameterSymbol parameter) =>
        IsOwn(parameter) && _lengths.TryGetValue(parameter.Ordinal, out var lengths) ? lengths : null;

    private bool IsOwn(IParameterSymbol parameter) =>
        _helper is not null && SymbolEqualityComparer.Default.Equals(parameter.ContainingSymbol?.OriginalDefinition, _helper.OriginalDefinition);

    private object? Value(ExpressionSyntax operand)
    {
        operand = Unparenthesised(operand);
        if (_lengths.Count > 0 && Length(operand) is { } length)
        {
            return length;
        }

        if (_model.GetSymbolInfo(operand, _cancellationToken).Symbol is IParameterSymbol parameter && IsOwn(parameter))
        {
            return _constants.TryGetValue(parameter.Ordinal, out var passed) ? passed : null;
        }

        return _model.GetConstantValue(operand, _cancellationToken) is { HasValue: true, Value: { } value } ? value : _otherValue?.Invoke(operand);
    }

    /// <summary>
    /// <c>b.GetLength(0)</c> or <c>b.Length</c> of a parameter whose array's lengths the call gives (a broadcasting
    /// helper's <c>b.GetLength(0) == 1 ? 0 : i</c> given a keepdims <c>new double[1, cols]</c>); null otherwise.
    /// </summary>
    private long? Length(ExpressionSyntax operand)
    {
        switch (operand)
        {
            case InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax { Name.Identifier.ValueText: "GetLength", Expression: var array }, ArgumentList.Arguments: [{ Expression: var dimension }] }
                when ArrayParameterLengths(array) is { } lengths && _model.GetConstantValue(dimension, _cancellationToken) is { HasValue: true, Value: int index }:
                return index >= 0 && index < lengths.Length ? lengths[index] : null;
            case MemberAccessExpressionSyntax { Name.Identifier.ValueText: "Length", Expression: var array } when ArrayParameterLengths(array) is { } lengths:
                long product = 1;
                foreach (var length in lengths)
                {
                    if (length is not { } known || known > int.MaxValue)
                    {
                        return null;
                    }

                    product *= known;
                }

                return product;
            default:
                return null;
        }
    }

    /// <summary>The known lengths of <paramref name="array"/> when it names an array parameter of the helper (the member read is the array's own).</summary>
    private long?[]? ArrayParameterLengths(ExpressionSyntax array) =>
        array is IdentifierNameSyntax && _model.GetSymbolInfo(array, _cancellationToken).Symbol is IParameterSymbol { Type: IArrayTypeSymbol } parameter ? Lengths(parameter) : null;

    /// <summary>Whether <paramref name="value"/> matches <paramref name="pattern"/>; null for a pattern other than constants, relations, <c>not</c>, <c>and</c>, <c>or</c>, discards.</summary>
    private bool? Matches(PatternSyntax pattern, object value)
    {
        switch (pattern)
        {
            case DiscardPatternSyntax:
                return true;
            case ParenthesizedPatternSyntax parenthesized:
                return Matches(parenthesized.Pattern, value);
            case ConstantPatternSyntax constant:
                return Value(constant.Expression) is { } expected ? Compare(SyntaxKind.EqualsExpression, value, expected) : null;
            case RelationalPatternSyntax relation when Value(relation.Expression) is { } bound:
                var kind = relation.OperatorToken.Kind() switch
                {
                    SyntaxKind.LessThanToken => SyntaxKind.LessThanExpression,
                    SyntaxKind.LessThanEqualsToken => SyntaxKind.LessThanOrEqualExpression,
                    SyntaxKind.GreaterThanToken => SyntaxKind.GreaterThanExpression,
                    SyntaxKind.GreaterThanEqualsToken => SyntaxKind.GreaterThanOrEqualExpression,
                    _ => SyntaxKind.None,
                };
                return kind == SyntaxKind.None ? null : Compare(kind, value, bound);
            case UnaryPatternSyntax { RawKind: (int)SyntaxKind.NotPattern } not:
                return Matches(not.Pattern, value) is { } inner ? !inner : null;
            case BinaryPatternSyntax { RawKind: (int)SyntaxKind.OrPattern } or:
                return Matches(or.Left, value) is { } left && Matches(or.Right, value) is { } right ? left || right : null;
            case BinaryPatternSyntax { RawKind: (int)SyntaxKind.AndPattern } and:
                return Matches(and.Left, value) is { } first && Matches(and.Right, value) is { } second ? first && second : null;
            default:
                return null;
        }
    }

    /// <summary>
    /// <paramref name="left"/> compared with <paramref name="right"/> (integers, floating-point numbers, booleans,
    /// strings); null for other kinds or values.
    /// </summary>
    private static bool? Compare(SyntaxKind kind, object left, object right)
    {
        if (IsInteger(left) && IsInteger(right))
        {
            var a = System.Convert.ToInt64(left, System.Globalization.CultureInfo.InvariantCulture);
            var b = System.Convert.ToInt64(right, System.Globalization.CultureInfo.InvariantCulture);
            return Ordered(kind, a.CompareTo(b));
        }

        if (IsFloating(left) || IsFloating(right))
        {
            return CompareFloating(kind, left, right);
        }

        if (left is bool or string && right is bool or string)
        {
            return kind switch
            {
                SyntaxKind.EqualsExpression => Equals(left, right),
                SyntaxKind.NotEqualsExpression => !Equals(left, right),
                _ => null,
            };
        }

        return null;
    }

    private static bool IsInteger(object value) => value is int or long or short or sbyte or byte or ushort or uint or char;

    private static bool IsFloating(object value) => value is double or float;

    /// <summary>
    /// A <c>double</c> or <c>float</c> compared with a number as C# compares them: in <c>double</c> when either is one
    /// (<c>0.1f == 0.1</c> is false), else in <c>float</c> (an integer against a float is rounded to float first). NaN
    /// (equal to nothing under <c>==</c>, yet matched by a <c>double.NaN</c> pattern) and non-numbers are not decided.
    /// </summary>
    private static bool? CompareFloating(SyntaxKind kind, object left, object right)
    {
        if (!(IsInteger(left) || IsFloating(left)) || !(IsInteger(right) || IsFloating(right)))
        {
            return null;
        }

        var inDouble = left is double || right is double;
        var a = inDouble ? AsDouble(left) : AsSingle(left);
        var b = inDouble ? AsDouble(right) : AsSingle(right);
        return double.IsNaN(a) || double.IsNaN(b) ? null : Ordered(kind, a.CompareTo(b));
    }

    /// <summary>A number (see <see cref="IsInteger"/>, <see cref="IsFloating"/>) as a double; a <c>char</c> by its code (Convert rejects it).</summary>
    private static double AsDouble(object number) =>
        number is char code ? code : System.Convert.ToDouble(number, System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>A number rounded to float as C# converts it (an integer straight to float, not through double).</summary>
    private static float AsSingle(object number) =>
        number is char code ? code : System.Convert.ToSingle(number, System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The comparison <paramref name="kind"/> given how the left operand orders against the right (its <c>CompareTo</c>).</summary>
    private static bool? Ordered(SyntaxKind kind, int order) => kind switch
    {
        SyntaxKind.EqualsExpression => order == 0,
        SyntaxKind.NotEqualsExpression => order != 0,
        SyntaxKind.LessThanExpression => order < 0,
        SyntaxKind.LessThanOrEqualExpression => order <= 0,
        SyntaxKind.GreaterThanExpression => order > 0,
        SyntaxKind.GreaterThanOrEqualExpression => order >= 0,
        _ => null,
    };

    /// <summary>
    /// <paramref name="statements"/> (a helper body's) with each branch this call decides replaced by the branch it takes
    /// when that branch ends the body (<c>if (axis == 0) { …; return top; }</c> → its statements, the rest unreachable),
    /// or dropped when no branch runs (<c>if (!keepDims) throw …;</c> with <c>keepDims: true</c>); a decided branch that
    /// falls through stays as written (the inliner's rewrite takes it). Null when a taken branch leaves the body in a way
    /// this cannot follow (a <c>return</c> inside a loop or an undecided branch, a <c>break</c> out of a switch section
    /// before its end).
    /// </summary>
    public List<StatementSyntax>? Flattened(IEnumerable<StatementSyntax> statements)
    {
        var result = new List<StatementSyntax>();
        foreach (var statement in statements)
        {
            IEnumerable<StatementSyntax>? taken;
            switch (statement)
            {
                case IfStatementSyntax branch when Condition(branch.Condition) is { } holds:
                    taken = (holds ? branch.Statement : branch.Else?.Statement) is { } chosen ? Statements(chosen) : null;
                    break;
                case SwitchStatementSyntax selection when TrySection(selection, out var section):
                    if (section is null)
                    {
                        taken = null;
                        break;
                    }

                    taken = SectionStatements(section);
                    if (taken is null)
                    {
                        return null;
                    }

                    break;
                case ReturnStatementSyntax or ThrowStatementSyntax:
                    // The rest of the body is unreachable.
                    result.Add(statement);
                    return result;
                default:
                    result.Add(statement);
                    continue;
            }

            if (taken is null)
            {
                // No branch runs.
                continue;
            }

            if (Flattened(taken) is not { } inner)
            {
                return null;
            }

            if (inner is [.., ReturnStatementSyntax or ThrowStatementSyntax])
            {
                // The branch ends the body: its statements in its place, nothing after it runs.
                result.AddRange(inner);
                return result;
            }

            if (ReturnsOutsideFunctions(statement))
            {
                return null;
            }

            // Falls through: kept whole, so its locals keep their scope (the inliner takes the branch).
            result.Add(statement);
        }

        return result;
    }

    /// <summary>A section's statements without its closing <c>break</c>; null when another <c>break</c> leaves the section.</summary>
    private static List<StatementSyntax>? SectionStatements(SwitchSectionSyntax section)
    {
        var statements = section.Statements.SelectMany(Statements).ToList();
        if (statements is [.., BreakStatementSyntax])
        {
            statements.RemoveAt(statements.Count - 1);
        }

        return statements.Any(statement => statement.DescendantNodesAndSelf(node => node is not (ForStatementSyntax or CommonForEachStatementSyntax or WhileStatementSyntax
                or DoStatementSyntax or SwitchStatementSyntax or AnonymousFunctionExpressionSyntax or LocalFunctionStatementSyntax)).OfType<BreakStatementSyntax>().Any())
            ? null
            : statements;
    }

    /// <summary>The statements of a block (the statement alone otherwise).</summary>
    private static IEnumerable<StatementSyntax> Statements(StatementSyntax statement) =>
        statement is BlockSyntax block ? block.Statements : new[] { statement };

    private static bool ReturnsOutsideFunctions(SyntaxNode node) =>
        node.DescendantNodes(child => child is not (AnonymousFunctionExpressionSyntax or LocalFunctionStatementSyntax)).OfType<ReturnStatementSyntax>().Any();
}
